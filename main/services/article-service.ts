import { ApiError } from '../../core/api/api-error';
import type { ArticleDetail, ArticleFilter, ArticleStatus, ArticleSummary, RevisionDetail, RevisionSummary, ArticleFields } from '../../core/model/library';
import type { Block } from '../../core/model/page-doc';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';
import { blocksToText } from './article-document';
import { rowParts, storedDoc, writeNextRevision } from './article-records';
import { articleSuggestions, refreshSuggestions } from './article-suggestions';
import { tagNames, withTags } from './article-summaries';
import { notFound, revisionNotFound } from './library-errors';
import { decodeReason } from './revision-reason';
import { bilingual } from '../../core/api/bilingual';

export interface SaveRequest {
  articleId: number;
  baseRevision: number;
  fields: ArticleFields;
  blocks: Block[];
  doc: unknown;
  force?: boolean;
}

export function createArticleService(store: Store, vocabulary: () => Vocabulary) {
  async function requireRow(articleId: number): Promise<ArticleRow> {
    // Inside a write, the article is held until it commits: another save of it waits and then sees this one's revision.
    if (store.sql.inTransaction()) await store.serialize(`article:${articleId}`);
    const row = await store.read.articles.get(articleId);
    if (!row) throw notFound({ zh: '稿件', en: 'Article' }, articleId);
    return row;
  }

  function checkBase(row: ArticleRow, baseRevision: number, force = false): void {
    if (!force && row.revision !== baseRevision) {
      throw new ApiError('conflict', bilingual(`稿件 ${row.id} 已在别处保存：你编辑的是第 ${baseRevision} 版，文库中已是第 ${row.revision} 版。`, `Article ${row.id} was saved elsewhere: you edited revision ${baseRevision}, the library has ${row.revision}.`), {
        currentRevision: row.revision,
      });
    }
  }

  const now = () => new Date().toISOString();
  return {
    async list(filter: ArticleFilter, offset: number, limit: number): Promise<{ items: ArticleSummary[]; total: number }> {
      const { ids, total } = await store.read.listing.articleIds(filter, offset, limit);
      const rows = await store.read.listing.summaries(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      // An article another request removed between the two reads is left out.
      return { items: await withTags(store, ids.flatMap((id) => byId.get(id) ?? [])), total };
    },

    async get(articleId: number): Promise<ArticleDetail> {
      const row = await requireRow(articleId);
      // Only the page's date and label come from this second read. Another request may commit
      // between the two: removing the article (not found), or saving it — and the newer revision
      // number must never go out with the older text, or a save on it would overwrite that save unseen.
      const listed = await store.read.listing.summary(articleId);
      if (!listed) throw notFound({ zh: '稿件', en: 'Article' }, articleId);
      const tags = await store.read.tags.ofArticle(articleId);
      const { id, pageId, ordinal, title, status, revision, updatedAt } = row;
      const summary = { id, pageId, ordinal, title, status, revision, updatedAt, issueDate: listed.issueDate, pageLabel: listed.pageLabel };
      return { ...summary, ...tagNames(tags), tags, ...rowParts(row), suggestions: await articleSuggestions(store, row, vocabulary()) };
    },

    async save(request: SaveRequest): Promise<{ revision: number; savedAt: string }> {
      let textChanged = false;
      const saved = await store.transaction(async () => {
        const row = await requireRow(request.articleId);
        checkBase(row, request.baseRevision, request.force);
        const savedAt = now();
        const parts = { fields: request.fields, blocks: request.blocks, doc: request.doc ?? null, text: blocksToText(request.blocks) };
        textChanged = contentChanged(row, parts);
        const reason = request.force && row.revision !== request.baseRevision ? 'keep-mine' : 'edit';
        const revision = await writeNextRevision(store, row, parts, { status: row.status, reason: { reason }, editedByHand: true, now: savedAt });
        return { revision, savedAt };
      });
      // After the commit, so the save itself never waits for tagging; autosave of an unchanged text costs nothing.
      // Best effort: the save is committed, and a failure here (a connection lost just now) must not report it as failed.
      if (textChanged) await refreshSuggestions(store, request.articleId, vocabulary()).catch(() => undefined);
      return saved;
    },

    setStatus(articleId: number, baseRevision: number, status: ArticleStatus): Promise<{ revision: number }> {
      return store.transaction(async () => {
        const row = await requireRow(articleId);
        checkBase(row, baseRevision);
        const revision = await writeNextRevision(store, row, rowParts(row), { status, reason: { reason: 'status' }, editedByHand: row.editedByHand === 1, now: now() });
        return { revision };
      });
    },

    async revisions(articleId: number): Promise<RevisionSummary[]> {
      await requireRow(articleId);
      return (await store.read.revisions.list(articleId)).map(({ reason, ...revision }) => ({ ...revision, ...decodeReason(reason) }));
    },

    async revision(articleId: number, revision: number): Promise<RevisionDetail> {
      const row = await store.read.revisions.get(articleId, revision);
      if (!row) throw revisionNotFound(articleId, revision);
      return {
        revision: row.revision,
        savedAt: row.savedAt,
        status: row.status,
        title: row.title,
        ...decodeReason(row.reason),
        fields: JSON.parse(row.fieldsJson) as ArticleFields,
        blocks: JSON.parse(row.blocksJson) as Block[],
        doc: storedDoc(row.docJson, row.blocksJson),
        text: row.text,
      };
    },

    /** Restoring writes the old content as a new revision; history is never rewritten. */
    async restore(articleId: number, revision: number, baseRevision: number): Promise<{ revision: number }> {
      const restored = await store.transaction(async () => {
        const row = await requireRow(articleId);
        checkBase(row, baseRevision);
        const old = await store.read.revisions.get(articleId, revision);
        if (!old) throw revisionNotFound(articleId, revision);
        const parts = {
          fields: JSON.parse(old.fieldsJson) as ArticleFields,
          blocks: JSON.parse(old.blocksJson) as Block[],
          doc: storedDoc(old.docJson, old.blocksJson),
          text: old.text,
        };
        const next = await writeNextRevision(store, row, parts, { status: old.status, reason: { reason: 'restore', detail: String(revision) }, editedByHand: true, now: now() });
        return { revision: next, textChanged: contentChanged(row, parts) };
      });
      if (restored.textChanged) await refreshSuggestions(store, articleId, vocabulary()).catch(() => undefined);
      return { revision: restored.revision };
    },
  };
}

/** Whether the fields or text the suggestions are computed from have changed. */
function contentChanged(row: ArticleRow, parts: { fields: ArticleFields; text: string }): boolean {
  const { title, subtitle, byline, dateline, credit } = row;
  return parts.text !== row.text || JSON.stringify(parts.fields) !== JSON.stringify({ title, subtitle, byline, dateline, credit });
}

export type ArticleService = ReturnType<typeof createArticleService>;
