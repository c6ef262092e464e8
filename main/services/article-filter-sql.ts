import type { ArticleFilter } from '../../core/model/library';

/** The WHERE conditions for a filter over `articles a JOIN pages p`; values are always bound, never spliced. */
export function articleFilterSql(filter: ArticleFilter): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    conditions.push(condition);
    params.push(value);
  };
  const tagSource = filter.confirmedOnly ? " AND t.source = 'confirmed'" : '';
  if (filter.pageId !== undefined) add('a.page_id = ?', filter.pageId);
  if (filter.issueDate !== undefined) add('p.issue_date = ?', filter.issueDate);
  if (filter.dateFrom !== undefined) add('p.issue_date >= ?', filter.dateFrom);
  if (filter.dateTo !== undefined) add('p.issue_date <= ?', filter.dateTo);
  if (filter.pageLabel !== undefined) add('p.page_label = ?', filter.pageLabel);
  if (filter.status !== undefined) add('a.status = ?', filter.status);
  if (filter.court !== undefined) {
    conditions.push(`a.id IN (SELECT t.article_id FROM article_tags t WHERE t.type = 'court' AND t.name = ?${tagSource})`);
    params.push(filter.court);
  }
  if (filter.theme !== undefined) {
    conditions.push(`a.id IN (SELECT t.article_id FROM article_tags t WHERE t.type = 'theme' AND t.name = ?${tagSource})`);
    params.push(filter.theme);
  }
  return { conditions, params };
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
