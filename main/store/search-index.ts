import type { ArticleFilter } from '../../core/model/library';

/**
 * Above this many matches, hits come newest first instead of ranked: ranking
 * scores every match (a one-character query can match most of the library),
 * while newest-first stops at the page. Both engines keep to it.
 * SQLite's bm25 costs ~10–15 µs a match (measured on 20k–100k synthetic articles),
 * so 1,000 ranked matches stay well inside the 50 ms budget.
 */
export const RANKED_MATCH_LIMIT = 1_000;

export interface SearchMatches {
  /** Higher score is a better match (engines rank by their own measure; only the order is compared). */
  ids: { id: number; score: number }[];
  total: number;
  /** The total is an upper bound, not a count: more candidates than were worth checking (PostgreSQL, postgres-search.ts). */
  approximate?: boolean;
}

/**
 * The full-text index of live articles, one implementation per engine
 * (sqlite/sqlite-search.ts over FTS5, postgres/postgres-search.ts): the only
 * part of searching whose SQL cannot be shared. Semantics are the same in both:
 * each term is any substring of an article's title or text (1, 2 or more
 * characters; see search-grams.ts), every term must match, filters as in
 * article-filter-sql.ts.
 */
export interface SearchIndex {
  match(terms: readonly string[], filter: ArticleFilter, offset: number, limit: number): Promise<SearchMatches>;
  /** Brings the entry of one article in step with its title, text and liveness (a no-op where triggers do it). */
  articleChanged(articleId: number): Promise<void>;
}
