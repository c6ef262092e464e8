// Searching a SQLite library: one FTS5 table over pre-tokenized text (see
// search-grams.ts), kept in step by the schema's triggers. The ranked query
// touches only the FTS index and article ids.
import type { ArticleFilter } from '../../../core/model/library';
import { articleFilterSql } from '../article-filter-sql';
import { termMatch } from '../search-grams';
import { RANKED_MATCH_LIMIT, type SearchIndex, type SearchMatches } from '../search-index';
import type { SqlClient } from '../sql/sql-client';

export function createSqliteSearch(sql: SqlClient, options: { rankedMatchLimit?: number } = {}): SearchIndex {
  const rankedMatchLimit = options.rankedMatchLimit ?? RANKED_MATCH_LIMIT;
  return {
    async match(terms: readonly string[], filter: ArticleFilter, offset: number, limit: number): Promise<SearchMatches> {
      const matches = terms.map(termMatch).filter((match): match is string => match !== null);
      // Only punctuation or symbols: nothing the index can look for.
      if (matches.length === 0) return { ids: [], total: 0 };
      // `+rowid`, not `rowid`: a bare rowid IN (…) is handed to FTS5 as a constraint,
      // and FTS5 then re-runs the MATCH once per listed rowid (seconds on a large
      // library). The unary + keeps it a plain filter applied to the matches.
      const filterSql = articleFilterSql(filter, '+rowid');
      const where = `WHERE ${['article_grams MATCH ?', ...filterSql.conditions].join(' AND ')}`;
      const params = [matches.join(' AND '), ...filterSql.params];
      const total = (await sql.value<number>(`SELECT count(*) FROM article_grams ${where}`, params))!;
      const order = total <= rankedMatchLimit ? 'score' : 'rowid DESC';
      const rows = await sql.all<{ id: number; score: number }>(
        `SELECT rowid AS id, bm25(article_grams, 5.0, 1.0) AS score FROM article_grams ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      // bm25 is lower-is-better; the contract speaks higher-is-better.
      return { ids: rows.map((row) => ({ id: row.id, score: -row.score })), total };
    },
    // The schema's triggers index every insert, update and retirement (migrations 0001, 0004, 0007).
    articleChanged: async () => undefined,
  };
}
