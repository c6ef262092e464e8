// Library records as they cross the API: what the store keeps about pages,
// articles, revisions and tags.
import type { ArticleField, Block } from './page-doc';
import type { PageAnalysis } from './page-analysis';
import type { TagSuggestion } from './vocabulary';
import type { PageSplitNote, PdfImportNote, ReplacedCharacters } from './import-notes';

/** 原文 → 已清理 → 已校对 → 已签发 */
export const ARTICLE_STATUSES = ['raw', 'cleaned', 'proofread', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export type ArticleFields = Record<ArticleField, string | null> & { title: string };

export interface PageSummary {
  id: number;
  source: string;
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  articleCount: number;
  importedAt: string;
}

export interface IssueGroup {
  /** `null` for pages whose date is unknown. */
  issueDate: string | null;
  pages: PageSummary[];
}

export interface ArticleSummary {
  id: number;
  pageId: number;
  ordinal: number;
  title: string;
  status: ArticleStatus;
  revision: number;
  courts: string[];
  themes: string[];
  /** The same tags with their source, so a list can set suggestions apart from confirmed tags. */
  tags: ArticleTag[];
  issueDate: string | null;
  pageLabel: string | null;
  updatedAt: string;
}

export type TagSource = 'suggested' | 'confirmed';

export interface ArticleTag {
  type: 'court' | 'theme';
  name: string;
  source: TagSource;
}

export interface ArticleDetail extends ArticleSummary {
  fields: ArticleFields;
  blocks: Block[];
  /** The cleaned document as TipTap JSON. */
  doc: unknown;
  text: string;
  tags: ArticleTag[];
  suggestions: TagSuggestion[];
}

export interface PageDetail {
  page: PageSummary;
  /** The raw text travels once, as `analysis.lines`. */
  /** The engine's analysis with the editor's overrides applied. */
  analysis: PageAnalysis;
  /** The stored overrides that passed the strict schema (page-overrides-schema.ts). */
  overrides: unknown;
  /** Parts of the stored overrides that did not (written by an older version or by hand) and were set aside, as `breaks.12`; empty when none. */
  droppedOverrides: string[];
  /** Library article ids, aligned with `analysis.articles`. */
  articleIds: number[];
}

/** Why a revision was written; the renderer translates the code. */
export const REVISION_REASONS = ['import', 'edit', 'status', 'restore', 'reassemble', 'keep-mine'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface RevisionSummary {
  revision: number;
  savedAt: string;
  status: ArticleStatus;
  title: string;
  reason: RevisionReason;
  /** More about the reason, e.g. the restored revision's number for 'restore'. */
  reasonDetail?: string | null;
  savedBy?: string | null;
}

export interface RevisionDetail extends RevisionSummary {
  fields: ArticleFields;
  blocks: Block[];
  doc: unknown;
  text: string;
}

export interface ArticleFilter {
  pageId?: number;
  issueDate?: string;
  court?: string;
  theme?: string;
  status?: ArticleStatus;
  dateFrom?: string;
  dateTo?: string;
  pageLabel?: string;
  confirmedOnly?: boolean;
}

export interface SearchHit {
  article: ArticleSummary;
  /** Snippet with the matches wrapped in U+E000 … U+E001 so no HTML crosses the API. */
  snippet: string;
  score: number;
}

export type DuplicatePolicy = 'skip' | 'replace' | 'keep-both';

export interface ImportItemResult {
  name: string;
  status: 'imported' | 'skipped-duplicate' | 'replaced' | 'failed';
  pageId: number | null;
  articles: number;
  encoding: string | null;
  error: string | null;
  /** Every page the file became: several when it was too large for one (see `split`); `pageId` is the first. */
  pageIds?: number[];
  /** A second encoding that read the file nearly as well: the detection was a close call. */
  alternativeEncoding?: string | null;
  /** Bytes the encoding could not read, replaced by U+FFFD (each is flagged in the editor). */
  replaced?: ReplacedCharacters | null;
  /** How the file was cut into pages, when it was. */
  split?: PageSplitNote | null;
  /** Set when the file was read as a PDF (even if it failed): its page count and the pages that could not be imported. */
  pdf?: PdfImportNote | null;
}

export interface ImportReport {
  items: ImportItemResult[];
  imported: number;
  failed: number;
  skipped: number;
}

export const EXPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportLayout = 'per-article' | 'per-page' | 'per-issue';

export interface ExportResult {
  directory: string;
  /** The files written, in the folder. */
  files: string[];
  articles: number;
  /** Files that could not be written, each with why; the rest of the batch was written. */
  failures: ExportFailure[];
}

export interface ExportFailure {
  file: string;
  message: string;
}

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
  reason: string;
}

export interface LibraryHealth {
  /** 'readonly': reading, searching and exporting work; every change is refused with the message. */
  state: 'ok' | 'readonly' | 'damaged';
  message: string | null;
  latestBackup: string | null;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  transport: 'electron' | 'http';
  health: LibraryHealth;
}

export type Locale = 'zh' | 'en';

export interface Settings {
  locale: Locale;
  /** Autosave delay after the last keystroke. */
  autosaveMs: number;
  /** Breaks at or above this confidence count as certain in review. */
  reviewThreshold: number;
  /** Accept-all takes the engine's choice for every unreviewed break at or above this confidence. */
  acceptThreshold: number;
  /** Where exports go unless the editor picks another folder; '' for a new dated folder under the data folder. */
  exportDirectory: string;
}

/** What a library without saved settings uses; main and the renderer (until main answers) alike. */
export const DEFAULT_SETTINGS: Settings = { locale: 'zh', autosaveMs: 1500, reviewThreshold: 0.8, acceptThreshold: 0.5, exportDirectory: '' };
