import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { MATCH_END, MATCH_START } from './search-snippet';
import { createPostgresSearch } from '../store/postgres/postgres-search';
import { createSqliteSearch } from '../store/sqlite/sqlite-search';
import { createStore } from '../store/store';
import { createSearchService } from './search-service';

describe('search service', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  let pageId: number;
  beforeAll(async () => {
    opened = await openTemporaryLibrary({ seeded: false });
    services = opened.library.services!;
    const report = await services.imports.importInputs([
      { name: 'a.txt', text: '党建引领审判\n本院推进党建与业务融合，促进诉源治理。\n' },
      { name: 'b.txt', text: '执行攻坚战报\n执行局开展集中执行行动，兑现胜诉权益。\n' },
      { name: 'c.txt', text: '鄂伦春的冬天\n巡回法庭走进林区。AI 辅助立案。\n' },
    ]);
    pageId = report.items[1].pageId!;
    const articleOfC = (await services.articles.list({ pageId: report.items[2].pageId! }, 0, 1)).items[0];
    await services.store.write.tags.put(articleOfC.id, { type: 'court', name: '鄂伦春自治旗人民法院', source: 'confirmed' });
    await services.articles.setStatus(articleOfC.id, articleOfC.revision, 'proofread');
  });
  afterAll(() => opened.dispose());

  const titles = async (query: string, filter = {}) => (await services.search.search(query, filter, 0, 50)).hits.map((hit) => hit.article.title);

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

  it('finds queries of three or more characters, and several terms together', async () => {
    expect(await titles('诉源治理')).toEqual(['党建引领审判']);
    expect(await titles('集中执行行动')).toEqual(['执行攻坚战报']);
    expect(await titles('执行 权益')).toEqual(['执行攻坚战报']);
    expect(await titles('执行 党建')).toEqual([]);
    expect(await titles('ai')).toEqual(['鄂伦春的冬天']);
    // Punctuation inside a term: the run before it must end there.
    expect(await titles('林区。AI')).toEqual(['鄂伦春的冬天']);
    expect(await titles('林区。辅助')).toEqual([]);
    expect(await titles('区。A')).toEqual(['鄂伦春的冬天']);
  });

  it('treats FTS5 syntax in the query as text', async () => {
    await expect(titles('"党建 OR NEAR(')).resolves.toEqual(expect.any(Array));
    expect(await titles('*')).toEqual([]);
    expect(await titles('，')).toEqual([]);
  });

  it('ranks title matches first and wraps matches in U+E000 … U+E001', async () => {
    const { hits, total } = await services.search.search('执行', {}, 0, 10);
    expect(total).toBe(1);
    expect(hits[0].snippet).toContain(`${MATCH_START}执行${MATCH_END}`);
    expect(hits[0].snippet).not.toMatch(/[<>]/);
  });

  it('filters by page, court, status and confirmed tags, and paginates', async () => {
    expect(await titles('', { pageId })).toEqual(['执行攻坚战报']);
    expect(await titles('冬', { court: '鄂伦春自治旗人民法院', confirmedOnly: true })).toEqual(['鄂伦春的冬天']);
    expect(await titles('', { status: 'proofread' })).toEqual(['鄂伦春的冬天']);
    expect(await titles('党建', { status: 'proofread' })).toEqual([]);
    const firstPage = await services.search.search('', {}, 0, 2);
    const secondPage = await services.search.search('', {}, 2, 2);
    expect(firstPage.total).toBe(3);
    expect(firstPage.hits).toHaveLength(2);
    expect(secondPage.hits).toHaveLength(1);
  });

  it('lists very broad matches newest first instead of ranking them all', async () => {
    const sql = services.store.sql;
    const index = sql.engine === 'sqlite' ? createSqliteSearch(sql, { rankedMatchLimit: 1 }) : createPostgresSearch(sql, { rankedMatchLimit: 1 });
    const broad = createSearchService(createStore(sql, index));
    const { hits, total } = await broad.search('进', {}, 0, 10);
    expect(total).toBe(2);
    const ids = hits.map((hit) => hit.article.id);
    expect(ids).toEqual([...ids].sort((left, right) => right - left));
    expect(hits.every((hit) => hit.snippet.includes(`${MATCH_START}进${MATCH_END}`))).toBe(true);
  });
});

// Each engine answers a filtered search its own way (PostgreSQL tests page and status on its index rows, migration
// 0011); whatever the way, a filtered search finds exactly the articles that match and that the filter lists.
describe('search with filters', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let services: LibraryServices;
  beforeAll(async () => {
    opened = await openTemporaryLibrary({ seeded: false });
    services = opened.library.services!;
    const masthead = (date: string, label: string) => `法院专刊\n${date} 星期五\n${label}\n\n`;
    await services.imports.importInputs([
      { name: 'a.txt', text: `${masthead('2024年9月6日', '第2版')}党建引领审判\n本院推进党建与业务融合，促进诉源治理。\n\n法官进社区\n法官走进社区开展普法宣传。\n` },
      { name: 'b.txt', text: `${masthead('2024年9月6日', '第3版')}执行攻坚战报\n执行局开展集中执行行动，党建引领兑现胜诉权益。\n` },
      { name: 'c.txt', text: `${masthead('2024年9月13日', '第2版')}诉源治理见实效\n法院以党建促诉源治理，调解纠纷百余件。\n` },
    ]);
    const articles = (await services.articles.list({}, 0, 50)).items;
    await services.store.write.tags.put(articles[0].id, { type: 'court', name: '赤峰市中级人民法院', source: 'confirmed' });
    await services.store.write.tags.put(articles[1].id, { type: 'court', name: '赤峰市中级人民法院', source: 'suggested' });
    await services.store.write.tags.put(articles[2].id, { type: 'theme', name: '党建', source: 'confirmed' });
    await services.articles.setStatus(articles[1].id, articles[1].revision, 'proofread');
    await services.articles.setStatus(articles[2].id, articles[2].revision, 'published');
  });
  afterAll(() => opened.dispose());

  it('finds the articles matching the query among those the filter lists, for every kind of filter', async () => {
    const pages = (await services.pages.tree()).flatMap((group) => group.pages);
    const rows = await Promise.all(pages.map(async (page) => (await services.store.read.pages.get(page.id))!));
    // The masthead gave the pages their dates and labels: the page filters below have something to tell apart.
    expect(new Set(rows.map((row) => row.issueDate)).size).toBe(2);
    expect(new Set(rows.map((row) => row.pageLabel)).size).toBe(2);
    const [first, , last] = rows;
    const filters = [
      { pageId: first.id },
      { pageLabel: first.pageLabel! },
      { issueDate: first.issueDate! },
      { dateFrom: last.issueDate! },
      { dateTo: first.issueDate! },
      { dateFrom: first.issueDate!, dateTo: first.issueDate!, pageLabel: first.pageLabel! },
      { status: 'proofread' as const },
      { status: 'raw' as const, pageLabel: first.pageLabel! },
      { court: '赤峰市中级人民法院' },
      { court: '赤峰市中级人民法院', confirmedOnly: true },
      { theme: '党建', status: 'published' as const },
      { court: '赤峰市中级人民法院', pageLabel: first.pageLabel! },
    ];
    const ids = async (query: string, filter: object) => (await services.search.search(query, filter, 0, 50)).hits.map((hit) => hit.article.id).sort((a, b) => a - b);
    let nonEmpty = 0;
    for (const filter of filters) {
      const listed = new Set((await services.articles.list(filter, 0, 50)).items.map((item) => item.id));
      for (const query of ['党建', '法', '诉源治理', '执行 党建']) {
        const expected = (await ids(query, {})).filter((id) => listed.has(id));
        expect(await ids(query, filter), `${query} ${JSON.stringify(filter)}`).toEqual(expected);
        if (expected.length) nonEmpty++;
      }
    }
    // Most combinations find something: equal empty answers would prove little.
    expect(nonEmpty).toBeGreaterThan(filters.length * 2);
  });
});
