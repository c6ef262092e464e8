// The page analysis format shared with the gold files (../shared/eval/FORMAT.md).
// Field names stay snake_case where the format says so, so that a PageDoc can be
// written as a prediction without translation.

export type BlockType = 'paragraph' | 'heading' | 'caption';

export interface Block {
  type: BlockType;
  text: string;
}

export interface ArticleDoc {
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: Block[];
  courts: string[];
  themes: string[];
}

export interface PageDoc {
  source: string;
  publication: string | null;
  issue_date: string | null;
  page_label: string | null;
  furniture: string[];
  articles: ArticleDoc[];
}

export const ARTICLE_FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
