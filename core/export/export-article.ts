// What an export knows about one article: the cleaned text and its metadata,
// never the raw page.
import type { ArticleFields, ArticleStatus } from '../model/library';
import type { Block } from '../model/page-doc';

export interface ExportArticle {
  id: number;
  pageId: number;
  ordinal: number;
  fields: ArticleFields;
  blocks: Block[];
  /** Confirmed tags. */
  courts: string[];
  themes: string[];
  /** The engine's unconfirmed suggestions, only when the export asks for them; every format marks them apart. */
  suggestedCourts: string[];
  suggestedThemes: string[];
  status: ArticleStatus;
  revision: number;
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  source: string;
}
