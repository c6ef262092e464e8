import type { Statement } from 'better-sqlite3';
import type { ArticleFilter, SearchHit } from '../../core/model/library';
import type { Store } from '../store/store';
import { articleFilterSql } from './article-filter-sql';
import { summaryColumns, withTags, type SummaryRow } from './article-summaries';
import { planSearch } from './search-query';
import { searchSnippet } from './search-snippet';

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  tookMs: number;
}

export function createSearchService(store: Store) {
  const statements = new Map<string, Statement<unknown[]>>();
  // The filter combinations are few, so each SQL shape is prepared once and reused.
  const prepared = (sql: string): Statement<unknown[]> => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = store.db.prepare(sql)));
    return statement;
  };

  return {
    search(query: string, filter: ArticleFilter, offset: number, limit: number): SearchResult {
      const started = performance.now();
      const plan = planSearch(query);
      const { conditions, params } = articleFilterSql(filter);
      const matchParams: unknown[] = [];
      let from = 'FROM articles a JOIN pages p ON p.id = a.page_id';
      let score = '0';
      if (plan.trigramMatch) {
        from = `FROM article_trigrams JOIN articles a ON a.id = article_trigrams.rowid JOIN pages p ON p.id = a.page_id`;
        conditions.unshift('article_trigrams MATCH ?');
        matchParams.push(plan.trigramMatch);
        score = 'bm25(article_trigrams, 5.0, 1.0)';
        if (plan.gramMatch) {
          conditions.push('a.id IN (SELECT rowid FROM article_grams WHERE article_grams MATCH ?)');
          params.push(plan.gramMatch);
        }
      } else if (plan.gramMatch) {
        from = `FROM article_grams JOIN articles a ON a.id = article_grams.rowid JOIN pages p ON p.id = a.page_id`;
        conditions.unshift('article_grams MATCH ?');
        matchParams.push(plan.gramMatch);
        score = 'bm25(article_grams, 5.0, 1.0)';
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const allParams = [...matchParams, ...params];
      const total = prepared(`SELECT count(*) ${from} ${where}`).pluck().get(...allParams) as number;
      const order = score === '0' ? 'p.issue_date DESC, a.page_id, a.ordinal' : 'score';
      const rows = prepared(`SELECT ${summaryColumns}, ${score} AS score, a.text AS text ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...allParams, limit, offset) as (SummaryRow & { score: number; text: string })[];
      const summaries = withTags(
        store,
        rows.map(({ score: _score, text: _text, ...row }) => row),
      );
      const hits = rows.map((row, index) => ({
        article: summaries[index],
        snippet: searchSnippet(row.text, plan.terms),
        // bm25 is lower-is-better; the API speaks higher-is-better.
        score: -row.score,
      }));
      return { hits, total, tookMs: Math.round((performance.now() - started) * 10) / 10 };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
