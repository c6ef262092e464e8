// Sending pages between two libraries (this computer's and a shared one): what
// happened to each page and article, for the report the editor reads.

export type TransferOutcome = 'sent' | 'updated' | 'unchanged' | 'conflict' | 'failed';

export interface ArticleTransfer {
  title: string;
  outcome: TransferOutcome;
  /** Why an article was not taken over (both sides saved different revisions since they last agreed). */
  reason?: string;
}

export interface PageTransfer {
  source: string;
  /** The page in the library it was sent from, and in the one it went to (null when it failed). */
  fromPageId: number;
  toPageId: number | null;
  outcome: TransferOutcome;
  articles: ArticleTransfer[];
  error?: string;
}

export interface TransferReport {
  pages: PageTransfer[];
  sent: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  failed: number;
}
