import type { ArticleSummary, ArticleStatus } from '../../core/model/library';
import type { Store } from '../store/store';

export interface SummaryRow {
  id: number;
  pageId: number;
  ordinal: number;
  title: string;
  status: ArticleStatus;
  revision: number;
  updatedAt: string;
  issueDate: string | null;
  pageLabel: string | null;
}

export const summaryColumns = `a.id, a.page_id AS pageId, a.ordinal, a.title, a.status, a.revision, a.updated_at AS updatedAt,
  p.issue_date AS issueDate, p.page_label AS pageLabel`;

/** Attaches court and theme names (one query for the whole list). */
export function withTags(store: Store, rows: readonly SummaryRow[]): ArticleSummary[] {
  const tags = store.read.tags.ofArticles(rows.map((row) => row.id));
  return rows.map((row) => {
    const own = tags.get(row.id) ?? [];
    return {
      ...row,
      courts: own.filter((tag) => tag.type === 'court').map((tag) => tag.name),
      themes: own.filter((tag) => tag.type === 'theme').map((tag) => tag.name),
    };
  });
}

export function summaryOf(store: Store, articleId: number): ArticleSummary | undefined {
  const row = store.db.prepare(`SELECT ${summaryColumns} FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`).get(articleId) as SummaryRow | undefined;
  return row ? withTags(store, [row])[0] : undefined;
}
