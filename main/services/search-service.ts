// Full-text search. The ranked query touches only the FTS index and article ids;
// titles, tags and text are fetched for the page of hits alone (selecting the
// text in the ranked query would read every matching article's text into the sorter).
import type { Statement } from 'better-sqlite3';
import type { ArticleFilter, SearchHit } from '../../core/model/library';
import type { Store } from '../store/store';
import { articleFilterSql } from './article-filter-sql';
import { createArticleListing } from './article-listing';
import { summaryColumns, withTags, type SummaryRow } from './article-summaries';
import { planSearch } from './search-query';
import { searchSnippet } from './search-snippet';

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  tookMs: number;
}

/**
 * Above this many matches, hits come newest first instead of by bm25: ranking
 * computes a score for every match (a one-character query can match most of the
 * library), while FTS5 walks rowids in descending order and stops at the page.
 * bm25 costs ~10–15 µs a match (measured on 20k–100k synthetic articles), so 1,000 ranked matches stay well inside the 50 ms budget.
 */
export const RANKED_MATCH_LIMIT = 1_000;

export function createSearchService(store: Store, options: { rankedMatchLimit?: number } = {}) {
  const rankedMatchLimit = options.rankedMatchLimit ?? RANKED_MATCH_LIMIT;
  const statements = new Map<string, Statement<unknown[]>>();
  // The filter combinations are few, so each SQL shape is prepared once and reused.
  const prepared = (sql: string): Statement<unknown[]> => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = store.db.prepare(sql)));
    return statement;
  };

  function details(ids: readonly number[]): Map<number, SummaryRow & { text: string }> {
    const rows = prepared(`SELECT ${summaryColumns}, a.text AS text FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (SummaryRow & {
      text: string;
    })[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  const listArticles = createArticleListing(store);

  function listing(filter: ArticleFilter, offset: number, limit: number): { ids: { id: number; score: number }[]; total: number } {
    const { ids, total } = listArticles(filter, offset, limit);
    return { ids: ids.map((id) => ({ id, score: 0 })), total };
  }

  return {
    search(query: string, filter: ArticleFilter, offset: number, limit: number): SearchResult {
      const started = performance.now();
      const plan = planSearch(query);
      let ranked: { ids: { id: number; score: number }[]; total: number };
      if (plan.terms.length === 0) {
        ranked = listing(filter, offset, limit);
      } else if (plan.match === null) {
        // Only punctuation or symbols: nothing the index can look for.
        ranked = { ids: [], total: 0 };
      } else {
        // `+rowid`, not `rowid`: a bare rowid IN (…) is handed to FTS5 as a constraint,
        // and FTS5 then re-runs the MATCH once per listed rowid (seconds on a large
        // library). The unary + keeps it a plain filter applied to the matches.
        const filterSql = articleFilterSql(filter, '+rowid');
        const where = `WHERE ${['article_grams MATCH ?', ...filterSql.conditions].join(' AND ')}`;
        const params: unknown[] = [plan.match, ...filterSql.params];
        const total = prepared(`SELECT count(*) FROM article_grams ${where}`).pluck().get(...params) as number;
        const order = total <= rankedMatchLimit ? 'score' : 'rowid DESC';
        const ids = prepared(`SELECT rowid AS id, bm25(article_grams, 5.0, 1.0) AS score FROM article_grams ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as {
          id: number;
          score: number;
        }[];
        ranked = { ids, total };
      }
      const rows = details(ranked.ids.map((entry) => entry.id));
      const found = ranked.ids.filter((entry) => rows.has(entry.id));
      const summaries = withTags(
        store,
        found.map((entry) => {
          const { text: _text, ...summary } = rows.get(entry.id)!;
          return summary;
        }),
      );
      const hits = found.map((entry, index) => ({
        article: summaries[index],
        snippet: searchSnippet(rows.get(entry.id)!.text, plan.terms),
        // bm25 is lower-is-better; the API speaks higher-is-better.
        score: -entry.score,
      }));
      return { hits, total: ranked.total, tookMs: Math.round((performance.now() - started) * 10) / 10 };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
