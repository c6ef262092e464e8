import type { ArticleFilter } from '../../core/model/library';
import type { SqlValue } from './sql/sql-client';

/**
 * A filter as conditions on an article id: each criterion is an `id IN (…)` over
 * a slim index (tags by name, articles by status or page, pages by issue), so no
 * condition ever scans the articles or pages tables themselves, whose rows carry
 * whole texts and are slow to walk. Values are always bound, never spliced.
 */
export function articleFilterSql(filter: ArticleFilter, id = 'a.id'): { conditions: string[]; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: string, ...values: SqlValue[]) => {
    conditions.push(`${id} IN (${condition})`);
    params.push(...values);
  };
  const tagSource = filter.confirmedOnly ? " AND source = 'confirmed'" : '';
  if (filter.court !== undefined) add(`SELECT article_id FROM article_tags WHERE type = 'court' AND name = ?${tagSource}`, filter.court);
  if (filter.theme !== undefined) add(`SELECT article_id FROM article_tags WHERE type = 'theme' AND name = ?${tagSource}`, filter.theme);
  // `retired_at IS NULL` lets these use the live (partial) indexes; see migration 0004.
  if (filter.status !== undefined) add('SELECT id FROM articles WHERE status = ? AND retired_at IS NULL', filter.status);
  if (filter.pageId !== undefined) add('SELECT id FROM articles WHERE page_id = ? AND retired_at IS NULL', filter.pageId);
  const pageConditions: string[] = [];
  const pageParams: SqlValue[] = [];
  const onPage = (condition: string, value: SqlValue) => {
    pageConditions.push(condition);
    pageParams.push(value);
  };
  if (filter.issueDate !== undefined) onPage('p.issue_date = ?', filter.issueDate);
  if (filter.dateFrom !== undefined) onPage('p.issue_date >= ?', filter.dateFrom);
  if (filter.dateTo !== undefined) onPage('p.issue_date <= ?', filter.dateTo);
  if (filter.pageLabel !== undefined) onPage('p.page_label = ?', filter.pageLabel);
  if (pageConditions.length) add(`SELECT pa.id FROM pages p JOIN articles pa ON pa.page_id = p.id WHERE pa.retired_at IS NULL AND ${pageConditions.join(' AND ')}`, ...pageParams);
  return { conditions, params };
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
