import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleFilter } from '../../../core/model/library';
import { planSearch } from '../../services/search-query';
import { POSTGRES_MIGRATIONS } from './migrations/index';
import { createPostgresClient, type PostgresClient } from './postgres-client';
import { createPostgresSearch, type PostgresSearchIndex as SearchIndex } from './postgres-search';
import { runPostgresMigrations } from './run-postgres-migrations';
import { createTestDatabase, describePostgres, type TestDatabase } from './test-database.fixture';

// The search semantics of search-service.test.ts, on the PostgreSQL index directly.
describePostgres('PostgreSQL search index', () => {
  let database: TestDatabase;
  let sql: PostgresClient;
  let search: SearchIndex;
  const ids: Record<string, number> = {};

  async function addPage(source: string, issueDate: string, pageLabel: string): Promise<number> {
    return (await sql.value<number>("INSERT INTO pages (source, content_hash, raw, issue_date, page_label, analysis_json, imported_at) VALUES (?, ?, 'raw', ?, ?, '{}', 'now') RETURNING id", [
      source,
      source,
      issueDate,
      pageLabel,
    ]))!;
  }
  async function addArticle(pageId: number, title: string, text: string, status = 'raw'): Promise<number> {
    const id = (await sql.value<number>("INSERT INTO articles (page_id, ordinal, title, status, doc_json, blocks_json, text, updated_at) VALUES (?, 0, ?, ?, 'null', '[]', ?, 'now') RETURNING id", [
      pageId,
      title,
      status,
      text,
    ]))!;
    await search.articleChanged(id);
    return id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = createPostgresClient({ connectionString: database.url, max: 4 });
    expect(await runPostgresMigrations(sql)).toEqual({ from: 0, to: POSTGRES_MIGRATIONS.length });
    search = createPostgresSearch(sql);
    ids.a = await addArticle(await addPage('a.txt', '2025-06-27', '01版'), '党建引领审判', '本院推进党建与业务融合，促进诉源治理。');
    ids.b = await addArticle(await addPage('b.txt', '2025-06-28', '02版'), '执行攻坚战报', '执行局开展集中执行行动，兑现胜诉权益。');
    ids.c = await addArticle(await addPage('c.txt', '2025-07-01', '02版'), '鄂伦春的冬天', '巡回法庭走进林区。AI 辅助立案。', 'proofread');
    await sql.run("INSERT INTO article_tags (article_id, type, name, source) VALUES (?, 'court', '鄂伦春自治旗人民法院', 'confirmed'), (?, 'theme', '党建', 'suggested')", [ids.c, ids.a]);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  const titleOf = async (id: number) => (await sql.value<string>('SELECT title FROM articles WHERE id = ?', [id]))!;
  async function titles(query: string, filter: ArticleFilter = {}, index: SearchIndex = search): Promise<string[]> {
    const { ids: found } = await index.match(planSearch(query).terms, filter, 0, 50);
    return Promise.all(found.map((entry) => titleOf(entry.id)));
  }

  it('finds one-character queries', async () => {
    expect(await titles('鄂')).toEqual(['鄂伦春的冬天']);
    expect(await titles('融')).toEqual(['党建引领审判']);
    // The last character of a run (before punctuation) is found too.
    expect(await titles('益')).toEqual(['执行攻坚战报']);
  });

  it('finds two-character queries such as 党建', async () => {
    expect(await titles('党建')).toEqual(['党建引领审判']);
    expect(await titles('林区')).toEqual(['鄂伦春的冬天']);
    expect(await titles('建与')).toEqual(['党建引领审判']);
    expect(await titles('法党')).toEqual([]);
  });

  it('finds queries of three or more characters, mixed Latin, and several terms together', async () => {
    expect(await titles('诉源治理')).toEqual(['党建引领审判']);
    expect(await titles('集中执行行动')).toEqual(['执行攻坚战报']);
    expect(await titles('执行 权益')).toEqual(['执行攻坚战报']);
    expect(await titles('执行 党建')).toEqual([]);
    expect(await titles('ai')).toEqual(['鄂伦春的冬天']);
    expect(await titles('AI辅')).toEqual([]);
    // Its bigrams are all in the text, but not in this order: the exact check turns it away.
    expect(await titles('中执行局')).toEqual([]);
    // Punctuation inside a term: the run before it must end there.
    expect(await titles('林区。AI')).toEqual(['鄂伦春的冬天']);
    expect(await titles('林区，ai')).toEqual(['鄂伦春的冬天']);
    expect(await titles('林区。辅助')).toEqual([]);
    expect(await titles('区。A')).toEqual(['鄂伦春的冬天']);
    expect(await titles('权益。')).toEqual(['执行攻坚战报']);
    expect(await titles('权。')).toEqual([]);
    // Counted, checked and paged in one statement: a page past the last match still gives the number of matches.
    expect(await search.match(['诉源治理'], {}, 5, 10)).toEqual({ ids: [], total: 1 });
    expect(await search.match(['中执行局'], {}, 0, 10)).toEqual({ ids: [], total: 0 });
    expect((await search.match(['执行行动'], { status: 'raw' }, 0, 10)).ids.map((entry) => entry.id)).toEqual([ids.b]);
    expect(await search.match(['执行行动'], { status: 'proofread' }, 0, 10)).toEqual({ ids: [], total: 0 });
  });

  it('treats query syntax as text, and finds nothing for punctuation alone', async () => {
    expect(await titles('"党建 OR NEAR(')).toEqual([]);
    expect(await titles('党建 | !')).toEqual(['党建引领审判']);
    // A closing quote closes the run: 党建 must end a run, which it does nowhere.
    expect(await titles("党建'")).toEqual([]);
    expect(await titles('*')).toEqual([]);
    expect(await titles('，')).toEqual([]);
    expect(await search.match([], {}, 0, 10)).toEqual({ ids: [], total: 0 });
  });

  it('ranks title matches first, ties newest first, with higher-is-better scores as the search contract gives them', async () => {
    const extra = await addArticle(await addPage('d.txt', '2025-07-02', '03版'), '调解', '执行局在执行中调解。');
    try {
      const { ids: found, total } = await search.match(['执行'], {}, 0, 10);
      expect(total).toBe(2);
      expect(found.map((entry) => entry.id)).toEqual([ids.b, extra]);
      expect(found[0].score).toBeGreaterThan(found[1].score);
      expect(found[1].score).toBeGreaterThan(0);
    } finally {
      await sql.run('DELETE FROM articles WHERE id = ?', [extra]);
    }
  });

  it('filters by page, court, theme, status, issue date range, page label and confirmed tags, and pages', async () => {
    const pageOfB = (await sql.value<number>('SELECT page_id FROM articles WHERE id = ?', [ids.b]))!;
    expect(await titles('执', { pageId: pageOfB })).toEqual(['执行攻坚战报']);
    expect(await titles('冬', { court: '鄂伦春自治旗人民法院', confirmedOnly: true })).toEqual(['鄂伦春的冬天']);
    expect(await titles('党建', { theme: '党建' })).toEqual(['党建引领审判']);
    expect(await titles('党建', { theme: '党建', confirmedOnly: true })).toEqual([]);
    expect(await titles('党建', { status: 'proofread' })).toEqual([]);
    expect(await titles('。', {})).toEqual([]);
    expect(await titles('行', { dateFrom: '2025-06-28', dateTo: '2025-06-30' })).toEqual(['执行攻坚战报']);
    expect(await titles('进', { issueDate: '2025-06-27' })).toEqual(['党建引领审判']);
    expect(await titles('进', { pageLabel: '02版' })).toEqual(['鄂伦春的冬天']);
    const first = await search.match(['进'], {}, 0, 1);
    const second = await search.match(['进'], {}, 1, 1);
    const past = await search.match(['进'], {}, 5, 1);
    expect([first.total, second.total, past.total]).toEqual([2, 2, 2]);
    expect(new Set([...first.ids, ...second.ids].map((entry) => entry.id))).toEqual(new Set([ids.a, ids.c]));
    expect(past.ids).toEqual([]);
  });

  it('lists very broad matches newest first instead of ranking them all', async () => {
    const broad = createPostgresSearch(sql, { rankedMatchLimit: 1 });
    const { ids: found, total } = await broad.match(['进'], {}, 0, 10);
    expect(total).toBe(2);
    expect(found.map((entry) => entry.id)).toEqual([ids.c, ids.a]);
    // The same with a filter (one statement counts and lists), and its second page.
    const filtered = await broad.match(['进'], { dateFrom: '2025-01-01' }, 0, 10);
    expect([filtered.total, filtered.ids.map((entry) => entry.id)]).toEqual([2, [ids.c, ids.a]]);
    expect(filtered.ids.every((entry) => entry.score > 0)).toBe(true);
    expect((await broad.match(['进'], { dateFrom: '2025-01-01' }, 1, 10)).ids.map((entry) => entry.id)).toEqual([ids.a]);
    expect(await broad.match(['进'], { dateFrom: '2025-01-01' }, 5, 10)).toEqual({ ids: [], total: 2 });
  });

  it('checks only as many of a great many candidates as the page needs, counting candidates as the total', async () => {
    // Limits of 0: every inexact term takes the path a large library takes for a common phrase.
    const many = createPostgresSearch(sql, { verifyLimit: 0, rankedMatchLimit: 0 });
    expect(await titles('诉源治理', {}, many)).toEqual(['党建引领审判']);
    expect(await titles('中执行局', {}, many)).toEqual([]);
    // The one candidate holds every bigram of the term: counted, never listed, and the total says it is an upper bound.
    expect(await many.match(['中执行局'], {}, 0, 10)).toEqual({ ids: [], total: 1, approximate: true });
    // With the candidates all checked the total is a count.
    expect(await search.match(['中执行局'], {}, 0, 10)).toEqual({ ids: [], total: 0 });
    expect(await titles('林区。AI', { status: 'proofread' }, many)).toEqual(['鄂伦春的冬天']);
  });

  it('re-indexes an article when it changes, drops it when retired or deleted, and takes it back when revived', async () => {
    const id = await addArticle(await addPage('e.txt', '2025-07-03', '04版'), '草原法庭', '马背上的法庭巡回审判。');
    try {
      expect(await titles('马背')).toEqual(['草原法庭']);
      await sql.run("UPDATE articles SET text = '牧区调解纠纷。' WHERE id = ?", [id]);
      await search.articleChanged(id);
      expect(await titles('马背')).toEqual([]);
      expect(await titles('牧区调解')).toEqual(['草原法庭']);
      await sql.run("UPDATE articles SET retired_at = 'now' WHERE id = ?", [id]);
      await search.articleChanged(id);
      expect(await titles('牧区')).toEqual([]);
      expect(await titles('草原')).toEqual([]);
      await sql.run('UPDATE articles SET retired_at = NULL WHERE id = ?', [id]);
      await search.articleChanged(id);
      expect(await titles('牧区')).toEqual(['草原法庭']);
    } finally {
      await sql.run('DELETE FROM articles WHERE id = ?', [id]);
    }
    expect(await sql.value('SELECT count(*) FROM article_search WHERE article_id = ?', [id])).toBe(0);
    expect(await sql.value('SELECT count(*) FROM article_search_words WHERE article_id = ?', [id])).toBe(0);
    expect(await titles('牧区')).toEqual([]);
  });

  it('rebuilds the same entries for every live article, and keeps its GIN index', async () => {
    const retired = await addArticle(await addPage('f.txt', '2025-07-04', '05版'), '并入的稿件', '诉源治理的另一篇');
    await sql.run("UPDATE articles SET retired_at = 'merged' WHERE id = ?", [retired]);
    const entries = () => sql.all('SELECT s.article_id AS "id", s.grams::text AS "grams", w.title_words AS "title", w.text_words AS "text" FROM article_search s JOIN article_search_words w USING (article_id) ORDER BY 1');
    const before = await entries();
    expect(before.map((entry) => (entry as { id: number }).id)).toEqual([ids.a, ids.b, ids.c, retired]);
    await search.rebuild();
    const after = await entries();
    expect(after).toEqual(before.slice(0, 3));
    expect(await sql.value("SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search_grams'")).toMatch(/USING gin \(grams\)/);
    expect(await titles('诉源治理')).toEqual(['党建引领审判']);
    await sql.run('DELETE FROM articles WHERE id = ?', [retired]);
  });
});
