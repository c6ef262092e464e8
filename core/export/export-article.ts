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
  courts: string[];
  themes: string[];
  status: ArticleStatus;
  revision: number;
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  source: string;
}
