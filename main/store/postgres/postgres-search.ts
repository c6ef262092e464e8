// Full-text search over a PostgreSQL library, with SQLite's semantics: any
// substring of one, two or more characters, all terms ANDed, the same filters.
//
// Why this design (see search-entry.ts for what is stored):
// - The lexemes are made in JavaScript by the same word runs as SQLite's index and
//   bound as text[] (array_to_tsvector, tsquery literals): PostgreSQL's text-search
//   parser and dictionaries are never used, so nothing depends on the server's
//   locale or configuration. pg_trgm was the alternative; its notion of a word
//   character follows the server's locale (CJK is not one under "C"), and it
//   cannot answer one- or two-character queries from its index.
// - A GIN index over the tsvector answers the AND of a query's lexemes; one and two
//   characters are then exact, longer terms are checked with strpos on the
//   article's folded words (exact, where an AND of bigrams is only a candidate).
// - Only live articles have an entry: retiring one removes it.
// The index is kept by the application (articleChanged), not by a trigger: the
// lexemes come from JavaScript. Callers call it in the transaction that writes
// the article; it locks the article's row, so two writers cannot leave the index
// holding the older text.
import type { ArticleFilter } from '../../../core/model/library';
import { articleFilterSql } from '../../services/article-filter-sql';
import type { SqlClient, SqlValue } from '../sql/sql-client';
import { searchEntryOf, termSearchOf, tsqueryOf, type TermSearch } from './search-entry';

export interface SearchIndex {
  /** Every term (as planSearch gives them) must match; filtered, ranked, paged. Scores are lower-is-better, as SQLite's bm25. */
  match(terms: readonly string[], filter: ArticleFilter, offset: number, limit: number): Promise<{ ids: { id: number; score: number }[]; total: number }>;
  /** Brings the index in step with the article's current title/text/retired_at (insert, update, retire, revive); deleting the article row drops its entry by cascade. */
  articleChanged(articleId: number): Promise<void>;
  /** Rebuilds every entry (after a bulk load). */
  rebuild(): Promise<void>;
}

/** Above this many matches, newest first instead of ranked, as in SQLite (search-service.ts, RANKED_MATCH_LIMIT). */
const RANKED_MATCH_LIMIT = 1_000;
/** Title occurrences weigh as SQLite's bm25(article_grams, 5.0, 1.0) weighs them. */
const TITLE_WEIGHT = 5;
/** A typical article's folded words, in characters: the length at which an occurrence counts as one. */
const TYPICAL_LENGTH = 1_000;
const REBUILD_BATCH = 2_000;
/**
 * Up to this many candidates of a term the lexemes do not prove (three or more
 * characters, or punctuation inside), each is checked against the article's words:
 * about 5–10 µs each on an idle machine, so checking stays well inside 50 ms.
 */
const VERIFY_LIMIT = 2_000;

const UPSERT_GRAMS = `
  INSERT INTO article_search (article_id, grams)
  SELECT id, array_to_tsvector(string_to_array(lexemes, ' ')) FROM unnest(?::bigint[], ?::text[]) AS entry(id, lexemes)
  ON CONFLICT (article_id) DO UPDATE SET grams = excluded.grams`;
const UPSERT_WORDS = `
  INSERT INTO article_search_words (article_id, title_words, text_words)
  SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])
  ON CONFLICT (article_id) DO UPDATE SET title_words = excluded.title_words, text_words = excluded.text_words`;

interface ArticleText {
  id: number;
  title: string;
  text: string;
}

/** Writes the entries of these articles (replacing any). Lexemes hold letters and digits only, so a space joins them safely. */
async function writeEntries(sql: SqlClient, articles: readonly ArticleText[]): Promise<void> {
  const ids: number[] = [];
  const lexemes: string[] = [];
  const titles: string[] = [];
  const texts: string[] = [];
  for (const article of articles) {
    const entry = searchEntryOf(article.title, article.text);
    ids.push(article.id);
    lexemes.push(entry.lexemes.join(' '));
    titles.push(entry.titleWords);
    texts.push(entry.textWords);
  }
  // SqlValue admits number arrays only; node-postgres binds string arrays the same way.
  const strings = (values: string[]) => values as unknown as SqlValue;
  await sql.run(UPSERT_GRAMS, [ids, strings(lexemes)]);
  await sql.run(UPSERT_WORDS, [ids, strings(titles), strings(texts)]);
}

export function createPostgresSearch(sql: SqlClient, options: { rankedMatchLimit?: number; verifyLimit?: number } = {}): SearchIndex {
  const rankedMatchLimit = options.rankedMatchLimit ?? RANKED_MATCH_LIMIT;
  const verifyLimit = options.verifyLimit ?? VERIFY_LIMIT;

  /** Conditions on `s` (article_search): the lexemes of every term through GIN, and the filter. */
  function candidates(searches: readonly TermSearch[], filter: ArticleFilter): { conditions: string[]; params: SqlValue[] } {
    const filterSql = articleFilterSql(filter, 's.article_id');
    return {
      conditions: ['s.grams @@ ?::tsquery', ...filterSql.conditions],
      params: [tsqueryOf([...new Set(searches.flatMap((search) => search.lexemes))]), ...(filterSql.params as SqlValue[])],
    };
  }

  /** The exact test of the terms the lexemes do not prove, on the article whose id is `id`. */
  function verified(searches: readonly TermSearch[], id: string): { conditions: string[]; params: SqlValue[] } {
    const inexact = searches.filter((search) => !search.exact);
    if (inexact.length === 0) return { conditions: [], params: [] };
    return {
      conditions: [`EXISTS (SELECT 1 FROM article_search_words v WHERE v.article_id = ${id} AND ${inexact.map(() => '(strpos(v.title_words, ?) > 0 OR strpos(v.text_words, ?) > 0)').join(' AND ')})`],
      params: inexact.flatMap((search) => [search.words, search.words]),
    };
  }

  /**
   * Higher is better: per term, its occurrences (title ones weighted) saturated
   * against the article's length, like bm25 without the rarity factor (every term must match anyway).
   */
  function scoreSql(searches: readonly TermSearch[]): { sql: string; params: SqlValue[] } {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    for (const search of searches) {
      const occurrences = (column: string) => `((length(${column}) - length(replace(${column}, ?, '')))::float8 / ?)`;
      const weighted = `(${TITLE_WEIGHT} * ${occurrences('w.title_words')} + ${occurrences('w.text_words')})`;
      parts.push(`(${weighted} / (${weighted} + 1.2 * (0.25 + 0.75 * length(w.text_words)::float8 / ${TYPICAL_LENGTH})))`);
      const length = Array.from(search.words).length;
      params.push(search.words, length, search.words, length, search.words, length, search.words, length);
    }
    return { sql: parts.join(' + '), params };
  }

  async function scored(searches: readonly TermSearch[], ids: readonly number[]): Promise<{ id: number; score: number }[]> {
    if (ids.length === 0) return [];
    const score = scoreSql(searches);
    const list = sql.idList(ids);
    const rows = await sql.all<{ id: number; score: number }>(`SELECT w.article_id AS "id", ${score.sql} AS "score" FROM article_search_words w WHERE w.article_id IN ${list.sql}`, [...score.params, list.param]);
    const scores = new Map(rows.map((row) => [row.id, row.score]));
    return ids.map((id) => ({ id, score: -(scores.get(id) ?? 0) }));
  }

  /** Matches newest first, with their exact number: one pass over the verified matches. */
  async function newestExact(where: { conditions: string[]; params: SqlValue[] }, offset: number, limit: number): Promise<{ ids: number[]; total: number }> {
    const clause = `WHERE ${where.conditions.join(' AND ')}`;
    // `+ 0`: ordering by the bare key invites a walk of the primary key newest first that tests each
    // row's tsvector (read from TOAST) until the page fills; the matches come from GIN instead.
    const rows = await sql.all<{ id: number; total: number }>(`SELECT s.article_id AS "id", count(*) OVER () AS "total" FROM article_search s ${clause} ORDER BY s.article_id + 0 DESC LIMIT ? OFFSET ?`, [
      ...where.params,
      limit,
      offset,
    ]);
    if (rows.length) return { ids: rows.map((row) => row.id), total: rows[0].total };
    // A page past the last match: the count alone.
    return { ids: [], total: offset > 0 ? ((await sql.value<number>(`SELECT count(*) FROM article_search s ${clause}`, where.params)) ?? 0) : 0 };
  }

  /** The newest verified matches among many candidates, checking candidates newest first only until the page is full. */
  async function newestVerified(searches: readonly TermSearch[], filter: ArticleFilter, candidateCount: number, offset: number, limit: number): Promise<number[]> {
    const where = candidates(searches, filter);
    const check = verified(searches, 'c.id');
    for (let window = (offset + limit) * 2 + 50; ; window *= 4) {
      const ids = await sql.column<number>(
        `SELECT c.id FROM (SELECT s.article_id AS id FROM article_search s WHERE ${where.conditions.join(' AND ')} ORDER BY s.article_id + 0 DESC LIMIT ?) c
         WHERE ${check.conditions.join(' AND ')} ORDER BY c.id DESC LIMIT ? OFFSET ?`,
        [...where.params, window, ...check.params, limit, offset],
      );
      if (ids.length === limit || window >= candidateCount) return ids;
    }
  }

  async function match(searches: readonly TermSearch[], filter: ArticleFilter, offset: number, limit: number): Promise<{ ids: { id: number; score: number }[]; total: number }> {
    const found = candidates(searches, filter);
    if (searches.some((search) => !search.exact)) {
      const candidateCount = (await sql.value<number>(`SELECT count(*) FROM article_search s WHERE ${found.conditions.join(' AND ')}`, found.params)) ?? 0;
      if (candidateCount > verifyLimit) {
        // Too many to check each within budget: these are listed newest first anyway, and the total is the
        // number of candidates, an upper bound (articles holding every gram of the term but not the term itself are rare).
        return { ids: await scored(searches, await newestVerified(searches, filter, candidateCount, offset, limit)), total: candidateCount };
      }
      const check = verified(searches, 's.article_id');
      found.conditions.push(...check.conditions);
      found.params.push(...check.params);
    }
    const newest = await newestExact(found, offset, limit);
    if (newest.total > rankedMatchLimit || newest.ids.length === 0) return { ids: await scored(searches, newest.ids), total: newest.total };
    const score = scoreSql(searches);
    const ranked = await sql.all<{ id: number; score: number }>(
      `SELECT s.article_id AS "id", ${score.sql} AS "score" FROM article_search s JOIN article_search_words w ON w.article_id = s.article_id
       WHERE ${found.conditions.join(' AND ')} ORDER BY 2 DESC, 1 DESC LIMIT ? OFFSET ?`,
      [...score.params, ...found.params, limit, offset],
    );
    return { ids: ranked.map((row) => ({ id: row.id, score: -row.score })), total: newest.total };
  }

  return {
    async match(terms, filter, offset, limit) {
      const searches = terms.map(termSearchOf).filter((search): search is TermSearch => search !== null);
      if (searches.length === 0) return { ids: [], total: 0 };
      return sql.transaction(async () => {
        // The planner sees a small table and a cheap operator, and would rather scan article_search testing
        // every row's tsvector, each read from TOAST (seconds), than ask the GIN index (milliseconds).
        const previous = await sql.value<string>("SELECT current_setting('enable_seqscan')");
        await sql.value("SELECT set_config('enable_seqscan', 'off', true)");
        try {
          return await match(searches, filter, offset, limit);
        } finally {
          await sql.value("SELECT set_config('enable_seqscan', ?, true)", [previous!]);
        }
      });
    },

    async articleChanged(articleId) {
      await sql.transaction(async () => {
        // FOR SHARE: a writer of this article waits until this entry is written, so entries follow the article's writes in order.
        const article = await sql.get<ArticleText & { retiredAt: string | null }>('SELECT id, title, text, retired_at AS "retiredAt" FROM articles WHERE id = ? FOR SHARE', [articleId]);
        if (!article || article.retiredAt !== null) {
          await sql.run('DELETE FROM article_search WHERE article_id = ?', [articleId]);
          await sql.run('DELETE FROM article_search_words WHERE article_id = ?', [articleId]);
        } else await writeEntries(sql, [article]);
      });
    },

    async rebuild() {
      await sql.transaction(async () => {
        // Filling the table without its GIN index and building the index once is several times faster than
        // updating it row by row. The definition is read back from the server, so the index comes back as the migrations made it.
        const indexes = await sql.column<string>("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'article_search' AND indexname <> 'article_search_pkey'");
        const names = await sql.column<string>("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'article_search' AND indexname <> 'article_search_pkey'");
        // Memory for building the GIN index in one go, for this transaction only.
        await sql.exec("SET LOCAL maintenance_work_mem = '256MB'");
        await sql.exec(`TRUNCATE article_search, article_search_words; ${names.map((name) => `DROP INDEX "${name}";`).join(' ')}`);
        let after = 0;
        for (;;) {
          const batch = await sql.all<ArticleText>('SELECT id, title, text FROM articles WHERE id > ? AND retired_at IS NULL ORDER BY id LIMIT ?', [after, REBUILD_BATCH]);
          if (batch.length === 0) break;
          await writeEntries(sql, batch);
          after = batch[batch.length - 1].id;
        }
        for (const definition of indexes) await sql.exec(definition);
        await sql.exec('ANALYZE article_search; ANALYZE article_search_words');
      });
    },
  };
}
