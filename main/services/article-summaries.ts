import type { ArticleSummary, ArticleTag } from '../../core/model/library';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';

export type SummaryRow = Pick<ArticleRow, 'id' | 'pageId' | 'ordinal' | 'title' | 'status' | 'revision' | 'updatedAt'> & {
  issueDate: string | null;
  pageLabel: string | null;
};

/** Court and theme names of an article's tags, in their stored order. */
export function tagNames(tags: readonly Pick<ArticleTag, 'type' | 'name'>[]): { courts: string[]; themes: string[] } {
  return {
    courts: tags.filter((tag) => tag.type === 'court').map((tag) => tag.name),
    themes: tags.filter((tag) => tag.type === 'theme').map((tag) => tag.name),
  };
}

export const summaryColumns = `a.id, a.page_id AS pageId, a.ordinal, a.title, a.status, a.revision, a.updated_at AS updatedAt,
  p.issue_date AS issueDate, p.page_label AS pageLabel`;

/** Attaches court and theme names (one query for the whole list). */
export function withTags(store: Store, rows: readonly SummaryRow[]): ArticleSummary[] {
  const tags = store.read.tags.ofArticles(rows.map((row) => row.id));
  return rows.map((row) => {
    const own = tags.get(row.id) ?? [];
    return { ...row, ...tagNames(own), tags: own };
  });
}

export function summaryOf(store: Store, articleId: number): ArticleSummary | undefined {
  const row = store.db.prepare(`SELECT ${summaryColumns} FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`).get(articleId) as SummaryRow | undefined;
  return row ? withTags(store, [row])[0] : undefined;
}
