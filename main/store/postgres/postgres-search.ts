// Full-text search over a PostgreSQL library, with SQLite's semantics: any
// substring of one, two or more characters, all terms ANDed, the same filters.
//
// Why this design (see search-entry.ts for what is stored):
// - The lexemes (every distinct character and in-run bigram) are made in
//   JavaScript from the same word runs as SQLite's index and bound as text
//   (array_to_tsvector, quoted tsquery literals): PostgreSQL's text-search parser
//   and dictionaries are never used, so nothing depends on the server's locale or
//   configuration. pg_trgm was the alternative; its notion of a word character
//   follows the server's locale (under "C" it finds no trigram in CJK text), and
//   it cannot answer one- or two-character queries from its index.
// - A GIN index over the tsvector answers the AND of a query's lexemes; one and two
//   characters are then exact (a character is a lexeme of its own, so one character
//   reads one posting list rather than a prefix range); longer terms are checked
//   with strpos on the article's folded words, since an AND of bigrams only finds
//   candidates.
// - Only live articles have an entry: retiring one removes it.
// - Ranking: occurrences, title ones weighted as SQLite's bm25 weighs them, ties
//   newest first; above RANKED_MATCH_LIMIT matches, newest first, as in SQLite.
// The index is kept by the application (articleChanged), not by a trigger: the
// lexemes come from JavaScript. Callers call it in the transaction that writes
// the article; it locks the article's row, so two writers cannot leave the index
// holding the older text.
import type { ArticleFilter } from '../../../core/model/library';
import { pageCriteriaSql, tagCriteriaSql, type FilterSql } from '../article-filter-sql';
import type { SqlClient, SqlValue } from '../sql/sql-client';
import { RANKED_MATCH_LIMIT, type SearchIndex, type SearchMatches } from '../search-index';
import { searchEntryOf, termSearchOf, tsqueryOf, type TermSearch } from './search-entry';

export interface PostgresSearchIndex extends SearchIndex {
  /** Rebuilds every entry (after a bulk load). */
  rebuild(): Promise<void>;
}

/** Title occurrences weigh as SQLite's bm25(article_grams, 5.0, 1.0) weighs them. */
const TITLE_WEIGHT = 5;
/** A typical article's folded words, in characters: the length at which an occurrence counts as one. */
const TYPICAL_LENGTH = 1_000;
const REBUILD_BATCH = 2_000;
/**
 * Up to this many candidates of a term the lexemes do not prove (three or more
 * characters, or punctuation inside), each is checked against the article's words
 * (one keyed row read, ~20 µs on an idle server, ~100 µs on a busy one) and the
 * total is exact. Above it, only as many as the page needs are checked, and the
 * total is the number of candidates: an upper bound, off by the articles that hold
 * every bigram of the term but not the term (0.2% for 人民法院 in the bench library).
 */
const VERIFY_LIMIT = 1_000;
/** How many of the newest candidates are checked first for a page: usually enough, as few candidates fail the check. */
const firstWindow = (offset: number, limit: number) => (offset + limit) * 2 + 50;

const UPSERT_GRAMS = `
  INSERT INTO article_search (article_id, page_id, status, grams)
  SELECT id, page_id, status, array_to_tsvector(string_to_array(lexemes, ' ')) FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS entry(id, page_id, status, lexemes)
  ON CONFLICT (article_id) DO UPDATE SET page_id = excluded.page_id, status = excluded.status, grams = excluded.grams`;
const UPSERT_WORDS = `
  INSERT INTO article_search_words (article_id, title_words, text_words)
  SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])
  ON CONFLICT (article_id) DO UPDATE SET title_words = excluded.title_words, text_words = excluded.text_words`;

interface ArticleText {
  id: number;
  pageId: number;
  status: string;
  title: string;
  text: string;
}

const ARTICLE_TEXT_COLUMNS = 'id, page_id AS "pageId", status, title, text';

/** Writes the entries of these articles (replacing any). Lexemes hold letters and digits only, so a space joins them safely. */
async function writeEntries(sql: SqlClient, articles: readonly ArticleText[]): Promise<void> {
  const ids: number[] = [];
  const pageIds: number[] = [];
  const statuses: string[] = [];
  const lexemes: string[] = [];
  const titles: string[] = [];
  const texts: string[] = [];
  for (const article of articles) {
    const entry = searchEntryOf(article.title, article.text);
    ids.push(article.id);
    pageIds.push(article.pageId);
    statuses.push(article.status);
    lexemes.push(entry.lexemes.join(' '));
    titles.push(entry.titleWords);
    texts.push(entry.textWords);
  }
  // SqlValue admits number arrays only; node-postgres binds string arrays the same way.
  const strings = (values: string[]) => values as unknown as SqlValue;
  await sql.run(UPSERT_GRAMS, [ids, pageIds, strings(statuses), strings(lexemes)]);
  await sql.run(UPSERT_WORDS, [ids, strings(titles), strings(texts)]);
}

/** A search as SQL: `matches` (a CTE chain naming the candidate set `found`) and the tests of each candidate. */
interface SearchSql {
  matches: string;
  /** The same, with `found` computed once: it is read several times. */
  materializedMatches: string;
  matchParams: SqlValue[];
  /** Per candidate `f.id`, one row with `ok` (the exact test of the terms the lexemes do not prove) and `score`. */
  lookup: string;
  lookupParams: SqlValue[];
  /** The score of the article `w` (article_search_words), higher is better. */
  score: { sql: string; params: SqlValue[] };
  checked: boolean;
  filtered: boolean;
}

/**
 * A sublink the planner keeps as a hashed SubPlan: the set is built once and each row is
 * looked up in it. Left as `IN`, it would be made a semi-join, and PostgreSQL, which
 * estimates an AND of a term's bigrams at a row or two when thousands match, would then
 * look every hit up one by one (tens of milliseconds for a common term).
 */
const hashedIn = (expression: string, query: string) => `(${expression} IN (${query})) IS TRUE`;

/** The filter's criteria an entry carries (page and status, migration 0011), tested on the entry rows the GIN bitmap reads. */
function entryFilterSql(filter: ArticleFilter): FilterSql {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (filter.status !== undefined) {
    conditions.push('s.status = ?');
    params.push(filter.status);
  }
  if (filter.pageId !== undefined) {
    conditions.push('s.page_id = ?');
    params.push(filter.pageId);
  }
  const pages = pageCriteriaSql(filter);
  if (pages.conditions.length) {
    conditions.push(hashedIn('s.page_id', `SELECT p.id FROM pages p WHERE ${pages.conditions.join(' AND ')}`));
    params.push(...pages.params);
  }
  return { conditions, params };
}

/** The tag criteria, on the hits' ids. */
function tagFilterSql(filter: ArticleFilter, id: string): FilterSql {
  const criteria = tagCriteriaSql(filter);
  return { conditions: criteria.map((criterion) => hashedIn(id, criterion.sql)), params: criteria.flatMap((criterion) => criterion.params) };
}

export function createPostgresSearch(sql: SqlClient, options: { rankedMatchLimit?: number; verifyLimit?: number } = {}): PostgresSearchIndex {
  const rankedMatchLimit = options.rankedMatchLimit ?? RANKED_MATCH_LIMIT;
  const verifyLimit = options.verifyLimit ?? VERIFY_LIMIT;

  /**
   * Each step is fenced so the planner cannot reorder it: the hits come from GIN alone
   * (`OFFSET 0` keeps the subquery whole; started from the filter instead, the planner
   * would test each filtered article's tsvector in the table, read from TOAST at ~0.1 ms
   * apiece); the filter then narrows them; only what is left is looked up in
   * article_search_words, one row by key each (as a join, the planner would rather test
   * the words of every article in the library).
   */
  function searchSql(searches: readonly TermSearch[], filter: ArticleFilter): SearchSql {
    const entry = entryFilterSql(filter);
    const tags = tagFilterSql(filter, 'h.id');
    const tsquery = tsqueryOf([...new Set(searches.flatMap((search) => search.lexemes))]);
    const filtered = entry.conditions.length + tags.conditions.length > 0;
    // Unfiltered, `found` is inlined into each statement (it is named once in each), and the planner may walk the
    // primary key newest first testing tsvectors when a term is in most articles: it then stops after a few.
    const hits = `SELECT s.article_id AS id FROM article_search s WHERE ${['s.grams @@ ?::tsquery', ...entry.conditions].join(' AND ')}`;
    const matches = !filtered
      ? `WITH found AS (${hits})`
      : tags.conditions.length
        ? `WITH found AS MATERIALIZED (SELECT h.id FROM (${hits} OFFSET 0) h WHERE ${tags.conditions.join(' AND ')})`
        : `WITH found AS MATERIALIZED (${hits})`;

    const inexact = searches.filter((search) => !search.exact);
    const ok = inexact.length ? inexact.map(() => '(strpos(w.title_words, ?) > 0 OR strpos(w.text_words, ?) > 0)').join(' AND ') : 'TRUE';
    const score = scoreSql(searches);
    return {
      matches,
      materializedMatches: filtered ? matches : `WITH found AS MATERIALIZED (${hits})`,
      matchParams: [tsquery, ...entry.params, ...tags.params],
      lookup: `CROSS JOIN LATERAL (SELECT ${ok} AS ok, ${score.sql} AS score FROM article_search_words w WHERE w.article_id = f.id OFFSET 0) x`,
      lookupParams: [...inexact.flatMap((search) => [search.words, search.words]), ...score.params],
      score,
      checked: inexact.length > 0,
      filtered,
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

  const count = async (query: SearchSql) => (await sql.value<number>(`${query.matches} SELECT count(*) FROM found`, query.matchParams)) ?? 0;

  /** Scores (lower is better) of the page's ids, in their order. */
  async function scored(query: SearchSql, ids: readonly number[]): Promise<{ id: number; score: number }[]> {
    if (ids.length === 0) return [];
    const rows = await sql.all<{ id: number; score: number }>(`SELECT f.id AS "id", x.score AS "score" FROM unnest(?::bigint[]) AS f(id) ${query.lookup}`, [ids, ...query.lookupParams]);
    const scores = new Map(rows.map((row) => [row.id, row.score]));
    return ids.map((id) => ({ id, score: scores.get(id) ?? 0 }));
  }

  /** The page by score and the number of matches of an unfiltered search the lexemes prove: one pass over the candidates. */
  async function rankedPage(query: SearchSql, offset: number, limit: number): Promise<{ ids: { id: number; score: number }[]; total: number }> {
    const rows = await sql.all<{ id: number; score: number; total: number }>(
      `${query.matches} SELECT f.id AS "id", x.score AS "score", count(*) OVER () AS "total" FROM found f ${query.lookup} ORDER BY 2 DESC, 1 DESC LIMIT ? OFFSET ?`,
      [...query.matchParams, ...query.lookupParams, limit, offset],
    );
    // A page past the last match: the number of matches alone.
    if (rows.length === 0) return { ids: [], total: offset === 0 ? 0 : await count(query) };
    return { ids: rows.map((row) => ({ id: row.id, score: row.score })), total: rows[0].total };
  }

  /** The newest matches among many candidates, checking candidates newest first only until the page is full. */
  async function newestChecked(query: SearchSql, candidateCount: number, offset: number, limit: number, startWindow: number): Promise<{ id: number; score: number }[]> {
    for (let window = startWindow; ; window *= 4) {
      const rows = await sql.all<{ id: number; score: number }>(
        `${query.matches}, newest AS MATERIALIZED (SELECT id FROM found ORDER BY id DESC LIMIT ?)
         SELECT f.id AS "id", x.score AS "score" FROM newest f ${query.lookup} WHERE x.ok ORDER BY 1 DESC LIMIT ? OFFSET ?`,
        [...query.matchParams, window, ...query.lookupParams, limit, offset],
      );
      if (rows.length === limit || window >= candidateCount) return rows.map((row) => ({ id: row.id, score: row.score }));
    }
  }

  /**
   * A filtered search of terms the lexemes prove, in one statement (the hits and the filter are
   * materialized once): the number of matches, and the page, ranked when they are few enough.
   */
  async function filteredPage(query: SearchSql, offset: number, limit: number): Promise<{ ids: { id: number; score: number }[]; total: number }> {
    const rows = await sql.all<{ id: number; total: number; score: number | null }>(
      `${query.matches}, total AS (SELECT count(*) AS n FROM found)
       SELECT f.id AS "id", t.n AS "total", CASE WHEN t.n <= ? THEN (SELECT ${query.score.sql} FROM article_search_words w WHERE w.article_id = f.id) END AS "score"
       FROM found f, total t ORDER BY 3 DESC NULLS LAST, 1 DESC LIMIT ? OFFSET ?`,
      [...query.matchParams, rankedMatchLimit, ...query.score.params, limit, offset],
    );
    if (rows.length === 0) return { ids: [], total: offset > 0 ? await count(query) : 0 };
    const total = rows[0].total;
    if (total <= rankedMatchLimit) return { ids: rows.map((row) => ({ id: row.id, score: row.score ?? 0 })), total };
    return { ids: await scored(query, rows.map((row) => row.id)), total };
  }

  /**
   * A search with terms the lexemes do not prove, in one statement, so the GIN hits and the filter are worked
   * out once (they are most of the time: tens of milliseconds for a common term or a broad filter, where the
   * checks of a page's window take a few): the candidates are counted; up to the limits each is checked (the
   * total is exact, and ranked when few enough are left, as SQLite would); above them only a window of the
   * newest is checked, and the total is the number of candidates, an upper bound (articles holding every gram
   * of a term but not the term are rare). A window that did not fill the page is widened by newestChecked.
   */
  async function checkedPage(query: SearchSql, offset: number, limit: number): Promise<SearchMatches> {
    const checkAll = Math.max(rankedMatchLimit, verifyLimit);
    const window = firstWindow(offset, limit);
    const rows = await sql.all<{ id: number | null; score: number | null; candidates: number; checked: number }>(
      `${query.materializedMatches}, candidates AS (SELECT count(*) AS n FROM found),
       pool AS MATERIALIZED (SELECT id FROM found ORDER BY id DESC LIMIT CASE WHEN (SELECT n FROM candidates) <= ?::bigint THEN NULL ELSE ?::bigint END),
       checked AS MATERIALIZED (SELECT f.id, x.score FROM pool f ${query.lookup} WHERE x.ok),
       counted AS (SELECT count(*) AS n FROM checked),
       listed AS (SELECT c.id, c.score, CASE WHEN t.n <= ?::bigint AND k.n <= ?::bigint THEN c.score END AS rank FROM checked c, candidates t, counted k
         ORDER BY 3 DESC NULLS LAST, 1 DESC LIMIT ? OFFSET ?)
       SELECT l.id AS "id", l.score AS "score", t.n AS "candidates", k.n AS "checked"
       FROM candidates t CROSS JOIN counted k LEFT JOIN listed l ON TRUE ORDER BY l.rank DESC NULLS LAST, l.id DESC`,
      [...query.matchParams, checkAll, window, ...query.lookupParams, checkAll, rankedMatchLimit, limit, offset],
    );
    const { candidates, checked } = rows[0];
    const ids = rows.filter((row) => row.id !== null).map((row) => ({ id: row.id!, score: row.score ?? 0 }));
    if (candidates <= checkAll) return { ids, total: checked };
    if (ids.length === limit || window >= candidates) return { ids, total: candidates, approximate: true };
    return { ids: await newestChecked(query, candidates, offset, limit, window * 4), total: candidates, approximate: true };
  }

  async function match(searches: readonly TermSearch[], filter: ArticleFilter, offset: number, limit: number): Promise<SearchMatches> {
    const query = searchSql(searches, filter);
    if (query.checked && query.filtered) return checkedPage(query, offset, limit);
    if (query.filtered) return filteredPage(query, offset, limit);
    // Unfiltered, counting is GIN alone (no table read), far cheaper than collecting tens of thousands of ids.
    const candidates = await count(query);
    if (candidates === 0) return { ids: [], total: 0 };
    if (query.checked) {
      if (candidates <= Math.max(rankedMatchLimit, verifyLimit)) return checkedPage(query, offset, limit);
      return { ids: await newestChecked(query, candidates, offset, limit, firstWindow(offset, limit)), total: candidates, approximate: true };
    }
    if (candidates <= rankedMatchLimit) return rankedPage(query, offset, limit);
    const ids = await sql.column<number>(`${query.matches} SELECT id FROM found ORDER BY id DESC LIMIT ? OFFSET ?`, [...query.matchParams, limit, offset]);
    return { ids: await scored(query, ids), total: candidates };
  }

  return {
    async match(terms, filter, offset, limit) {
      const searches = terms.map(termSearchOf).filter((search): search is TermSearch => search !== null);
      if (searches.length === 0) return { ids: [], total: 0 };
      // For the hits, the planner sees a small table and a cheap operator, and would rather scan article_search
      // testing every row's tsvector, each read from TOAST (seconds on a large library), than ask GIN (milliseconds).
      // And it prices a ranked page by its worst case (every candidate's words looked up), which passes jit_above_cost:
      // compiling the statement then takes longer (~60 ms) than running it. Both for this transaction only.
      const plan = (seqscan: string, jit: string) => sql.value("SELECT set_config('enable_seqscan', ?, true), set_config('jit', ?, true)", [seqscan, jit]);
      if (sql.inTransaction()) {
        const previous = (await sql.get<{ seqscan: string; jit: string }>(`SELECT current_setting('enable_seqscan') AS "seqscan", current_setting('jit') AS "jit"`))!;
        await plan('off', 'off');
        try {
          return await match(searches, filter, offset, limit);
        } finally {
          await plan(previous.seqscan, previous.jit);
        }
      }
      return sql.transaction(async () => {
        await plan('off', 'off');
        return match(searches, filter, offset, limit);
      });
    },

    async articleChanged(articleId) {
      await sql.transaction(async () => {
        // FOR SHARE: a writer of this article waits until this entry is written, so entries follow the article's writes in order.
        const article = await sql.get<ArticleText & { retiredAt: string | null }>(`SELECT ${ARTICLE_TEXT_COLUMNS}, retired_at AS "retiredAt" FROM articles WHERE id = ? FOR SHARE`, [articleId]);
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
          const batch = await sql.all<ArticleText>(`SELECT ${ARTICLE_TEXT_COLUMNS} FROM articles WHERE id > ? AND retired_at IS NULL ORDER BY id LIMIT ?`, [after, REBUILD_BATCH]);
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
