import type { ArticleFilter } from '../../core/model/library';
import type { SqlValue } from './sql/sql-client';

/** Conditions with their bound values, in the order they appear. */
export interface FilterSql {
  conditions: string[];
  params: SqlValue[];
}

/**
 * A filter as conditions on an article id: each criterion is an `id IN (…)` over
 * a slim index (tags by name, articles by status or page, pages by issue), so no
 * condition ever scans the articles or pages tables themselves, whose rows carry
 * whole texts and are slow to walk. Values are always bound, never spliced.
 */
export function articleFilterSql(filter: ArticleFilter, id = 'a.id'): FilterSql {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: string, values: readonly SqlValue[]) => {
    conditions.push(`${id} IN (${condition})`);
    params.push(...values);
  };
  for (const tag of tagCriteriaSql(filter)) add(tag.sql, tag.params);
  // `retired_at IS NULL` lets these use the live (partial) indexes; see migration 0004.
  if (filter.status !== undefined) add('SELECT id FROM articles WHERE status = ? AND retired_at IS NULL', [filter.status]);
  if (filter.pageId !== undefined) add('SELECT id FROM articles WHERE page_id = ? AND retired_at IS NULL', [filter.pageId]);
  const pages = pageCriteriaSql(filter);
  if (pages.conditions.length) add(`SELECT pa.id FROM pages p JOIN articles pa ON pa.page_id = p.id WHERE pa.retired_at IS NULL AND ${pages.conditions.join(' AND ')}`, pages.params);
  return { conditions, params };
}

/** The court and theme criteria, each a query of the ids of the articles carrying the tag. */
export function tagCriteriaSql(filter: ArticleFilter): { sql: string; params: SqlValue[] }[] {
  const tagSource = filter.confirmedOnly ? " AND source = 'confirmed'" : '';
  const criteria: { sql: string; params: SqlValue[] }[] = [];
  if (filter.court !== undefined) criteria.push({ sql: `SELECT article_id FROM article_tags WHERE type = 'court' AND name = ?${tagSource}`, params: [filter.court] });
  if (filter.theme !== undefined) criteria.push({ sql: `SELECT article_id FROM article_tags WHERE type = 'theme' AND name = ?${tagSource}`, params: [filter.theme] });
  return criteria;
}

/** The page criteria (issue date, date range, page label) as conditions on `p`, a row of pages. */
export function pageCriteriaSql(filter: ArticleFilter): FilterSql {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const onPage = (condition: string, value: SqlValue) => {
    conditions.push(condition);
    params.push(value);
  };
  if (filter.issueDate !== undefined) onPage('p.issue_date = ?', filter.issueDate);
  if (filter.dateFrom !== undefined) onPage('p.issue_date >= ?', filter.dateFrom);
  if (filter.dateTo !== undefined) onPage('p.issue_date <= ?', filter.dateTo);
  if (filter.pageLabel !== undefined) onPage('p.page_label = ?', filter.pageLabel);
  return { conditions, params };
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
