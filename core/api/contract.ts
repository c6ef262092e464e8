// The one API contract between the renderer and main. Each channel names its
// request schema (validated at runtime in main: arguments are `unknown` until
// parsed) and its response type. The same handlers are served over Electron IPC
// and over the loopback HTTP harness.
import { z } from 'zod';
import type {
  AppInfo,
  ArticleDetail,
  ArticleSummary,
  BackupInfo,
  ExportResult,
  ImportReport,
  IssueGroup,
  PageDetail,
  RevisionDetail,
  RevisionSummary,
  SearchHit,
  Settings,
} from '../model/library';
import type { TagSuggestion, Vocabulary } from '../model/vocabulary';
import type { LibraryChanges, LibraryLocationInfo } from '../model/library-location';
import type { TransferReport } from '../model/transfer';
import { ARTICLE_STATUSES, EXPORT_FORMATS } from '../model/library';
import { pageOverridesSchema } from '../model/page-overrides-schema';
import { vocabularyEditSchema } from '../tagging/vocabulary-edits';
import { articleDocSchema } from './article-doc-schema';
import { TEXT_ENCODINGS } from '../model/import-notes';

const id = z.number().int().positive();
const status = z.enum(ARTICLE_STATUSES);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const empty = z.object({}).strict();

export const articleFilterSchema = z
  .object({
    pageId: id.optional(),
    issueDate: isoDate.optional(),
    court: z.string().min(1).max(200).optional(),
    theme: z.string().min(1).max(200).optional(),
    status: status.optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    pageLabel: z.string().max(50).optional(),
    confirmedOnly: z.boolean().optional(),
  })
  .strict();

const fieldsSchema = z
  .object({
    title: z.string().max(2000),
    subtitle: z.string().max(2000).nullable(),
    byline: z.string().max(2000).nullable(),
    dateline: z.string().max(2000).nullable(),
    credit: z.string().max(2000).nullable(),
  })
  .strict();

const blockSchema = z.object({ type: z.enum(['paragraph', 'heading', 'caption']), text: z.string() }).strict();
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) };
const tagSchema = z.object({ type: z.enum(['court', 'theme']), name: z.string().min(1).max(200), source: z.enum(['suggested', 'confirmed']) }).strict();
const duplicatePolicy = z.enum(['skip', 'replace', 'keep-both']).default('skip');

/** A channel: its request schema plus a phantom response type. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({ request, response: undefined as unknown as Response });
}

export const contract = {
  'app:info': channel<AppInfo>()(empty),
  /** Desktop app only: the system's folder picker; null when the editor cancels. */
  'app:pickFolder': channel<{ path: string | null }>()(empty),
  /** Desktop app only: shows a file or folder in the system's file manager. */
  'app:showInFolder': channel<{ shown: true }>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'settings:get': channel<Settings>()(empty),
  'settings:set': channel<Settings>()(
    z
      .object({
        locale: z.enum(['zh', 'en']).optional(),
        autosaveMs: z.number().int().min(200).max(60_000).optional(),
        reviewThreshold: z.number().min(0).max(1).optional(),
        acceptThreshold: z.number().min(0).max(1).optional(),
        exportDirectory: z.string().max(4096).optional(),
      })
      .strict(),
  ),

  'library:tree': channel<IssueGroup[]>()(empty),
  'pages:get': channel<PageDetail>()(z.object({ pageId: id }).strict()),
  /**
   * The PDF a page was read from, whole, as base64 (up to the 100 MB import limit), with the page's
   * 1-based number in it, so the renderer can draw the printed page; null for a page imported as text.
   */
  'pages:pdf': channel<{ pdfPage: number; data: string } | null>()(z.object({ pageId: id }).strict()),
  /** The editor's break/role/article-boundary overrides for a page (see core/analysis/assemble-page.ts). */
  /** `restoreTags`: the tags of the page's articles as they were before a split or merge, put back exactly by its undo (after the re-sync, which would keep tags a merge carried over). */
  'pages:setOverrides': channel<PageDetail>()(
    z.object({ pageId: id, overrides: pageOverridesSchema, restoreTags: z.array(z.object({ articleId: id, tags: z.array(tagSchema).max(500) }).strict()).max(1000).optional() }).strict(),
  ),

  'articles:list': channel<{ items: ArticleSummary[]; total: number }>()(z.object({ filter: articleFilterSchema.default({}), ...paging }).strict()),
  'articles:get': channel<ArticleDetail>()(z.object({ articleId: id }).strict()),
  'articles:save': channel<{ revision: number; savedAt: string }>()(
    z
      .object({
        articleId: id,
        /** The revision the editor started from; a stale one is a conflict, never a silent overwrite. */
        baseRevision: z.number().int().min(0),
        fields: fieldsSchema,
        blocks: z.array(blockSchema).max(10_000),
        /**
         * The editor's document (see article-doc-schema.ts); null stores none, and the article opens from its blocks.
         * Callers hand over TipTap's own loosely typed JSON, so the input type is unknown; the check is the schema's.
         */
        doc: z.unknown().pipe(articleDocSchema.nullable()),
        /** Save as a new revision even if the base is stale ("keep mine"). */
        force: z.boolean().optional(),
      })
      .strict(),
  ),
  'articles:setStatus': channel<{ revision: number }>()(z.object({ articleId: id, baseRevision: z.number().int().min(0), status }).strict()),
  'articles:revisions': channel<RevisionSummary[]>()(z.object({ articleId: id }).strict()),
  'articles:revision': channel<RevisionDetail>()(z.object({ articleId: id, revision: z.number().int().min(1) }).strict()),
  'articles:restore': channel<{ revision: number }>()(z.object({ articleId: id, revision: z.number().int().min(1), baseRevision: z.number().int().min(0) }).strict()),

  'import:text': channel<ImportReport>()(z.object({ name: z.string().min(1).max(500), text: z.string().max(200_000_000), onDuplicate: duplicatePolicy }).strict()),
  /** Files as bytes (base64) so main decodes them (UTF-8/16, GB18030) the same way for every transport. */
  'import:files': channel<ImportReport>()(
    z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(500),
                base64: z.string(),
                /** Read the file as this encoding instead of detecting it (a re-import after a wrong guess). */
                encoding: z.enum(TEXT_ENCODINGS).optional(),
                /** Pages the file takes the place of: the pages an earlier import of it made. */
                replacePageIds: z.array(id).max(10_000).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(1000),
        onDuplicate: duplicatePolicy,
      })
      .strict(),
  ),

  // `approximate`: the total is an upper bound (a shared library's long terms, when too many candidates to check them all).
  'search:articles': channel<{ hits: SearchHit[]; total: number; approximate?: boolean; tookMs: number }>()(
    z.object({ query: z.string().max(200), filter: articleFilterSchema.default({}), ...paging }).strict(),
  ),

  'export:articles': channel<ExportResult>()(
    z
      .object({
        articleIds: z.array(id).max(100_000).optional(),
        filter: articleFilterSchema.optional(),
        format: z.enum(EXPORT_FORMATS),
        layout: z.enum(['per-article', 'per-page', 'per-issue']).default('per-article'),
        /** Confirmed tags only unless the editor asks for the engine's suggestions too (then marked as such). */
        confirmedTagsOnly: z.boolean().default(true),
        /** An absolute folder to write into (made if missing); by default a new dated folder under the data folder's exports/. */
        directory: z.string().min(1).max(4096).optional(),
      })
      .strict(),
  ),

  'tags:vocabulary': channel<Vocabulary & { counts: Record<string, number> }>()(empty),
  'tags:article': channel<{ tags: ArticleDetail['tags']; suggestions: TagSuggestion[] }>()(z.object({ articleId: id }).strict()),
  /** The final tag list; suggested tags missing from it count as rejected (see tags:reject). */
  'tags:set': channel<ArticleDetail['tags']>()(z.object({ articleId: id, tags: z.array(tagSchema).max(50) }).strict()),
  /** The editor turns a suggestion down: it is dropped from the tags if suggested there, and not suggested again for this article. */
  'tags:reject': channel<ArticleDetail['tags']>()(z.object({ articleId: id, type: z.enum(['court', 'theme']), name: z.string().min(1).max(200) }).strict()),
  'tags:bulk': channel<{ updated: number }>()(
    z.object({ articleIds: z.array(id).min(1).max(100_000), add: z.array(tagSchema.omit({ source: true })).default([]), remove: z.array(tagSchema.omit({ source: true })).default([]) }).strict(),
  ),
  /** Vocabulary edits; the op shapes are defined by core/tagging/vocabulary-edits.ts. */
  'vocab:edit': channel<Vocabulary>()(z.object({ op: vocabularyEditSchema }).strict()),
  'vocab:import': channel<{ ok: boolean; errors: { line: number; message: string }[] }>()(
    z.object({ kind: z.enum(['courts', 'themes']), format: z.enum(['json', 'csv']), content: z.string().max(20_000_000) }).strict(),
  ),
  'vocab:export': channel<{ content: string }>()(z.object({ kind: z.enum(['courts', 'themes']), format: z.enum(['json', 'csv']) }).strict()),

  'backup:create': channel<BackupInfo>()(empty),
  'backup:list': channel<BackupInfo[]>()(empty),
  'backup:restore': channel<{ restored: string }>()(z.object({ file: z.string().min(1).max(500) }).strict()),

  /** Where the open library lives (this computer, or a shared PostgreSQL server). */
  'library:location': channel<LibraryLocationInfo>()(empty),
  /**
   * Opens another library: this computer's, or a shared server. On failure the open library stays
   * as it was and the error says what is wrong (wrong password, unreachable, older or newer schema).
   */
  'library:connect': channel<LibraryLocationInfo>()(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('local') }).strict(),
      z
        .object({
          kind: z.literal('shared'),
          host: z.string().min(1).max(255),
          port: z.number().int().min(1).max(65_535),
          database: z.string().min(1).max(63),
          user: z.string().min(1).max(63),
          /** Omitted: the remembered one (or the environment's). */
          password: z.string().max(1000).optional(),
          tls: z.boolean(),
          /** Keep the password on this computer, encrypted by the system (desktop app only). */
          savePassword: z.boolean().optional(),
        })
        .strict(),
    ]),
  ),
  /** Polled every few seconds: whether anything changed, and who else has `articleId` open (this caller is then counted as having it open). */
  'library:changes': channel<LibraryChanges>()(z.object({ articleId: id.optional() }).strict()),
  /** 发送到共享文库 (from the local library) or 带回本机 (from the shared one): the pages with their articles, history and tags. */
  'library:transfer': channel<TransferReport>()(z.object({ pageIds: z.array(id).min(1).max(1000), to: z.enum(['shared', 'local']) }).strict()),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (defaults may be omitted). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives, after validation and defaults. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/** What the renderer calls, whatever the transport. */
export interface QinggaoApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the Electron preload exposes as `window.qinggao`: envelopes, so error codes survive the context bridge. */
export interface QinggaoBridge {
  readonly transport: 'electron';
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<import('./api-error').ApiEnvelope<ResponseOf<C>>>;
}
