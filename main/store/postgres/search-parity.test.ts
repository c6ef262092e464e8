// The PostgreSQL index finds exactly the articles SQLite's FTS5 gram index finds,
// for hundreds of queries cut from real page text (substrings of 1–8 characters,
// across punctuation, in other case, several terms at once).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../../fuzz/seeded-random';
import { planSearch } from '../../services/search-query';
import { termMatch } from '../search-grams';
import { registerFunctions } from '../register-functions';
import { runMigrations } from '../run-migrations';
import { createPostgresClient, type PostgresClient } from './postgres-client';
import { createPostgresSearch, type PostgresSearchIndex as SearchIndex } from './postgres-search';
import { runPostgresMigrations } from './run-postgres-migrations';
import { createTestDatabase, describePostgres, type TestDatabase } from './test-database.fixture';

const SEEDS = resolve(import.meta.dirname, '../../../seeds/pages');

/** Articles cut from the seed pages at blank lines (first line the title), plus a few with Latin, digits and case. */
function articles(): { title: string; text: string }[] {
  const chunks = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(SEEDS, name), 'utf8').split(/\n\s*\n/))
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
  return [
    ...chunks.map((chunk) => {
      const [title, ...rest] = chunk.split('\n');
      return { title, text: rest.join('\n') };
    }),
    { title: 'AI 辅助立案', text: '案号（2024）内0402民初123号，12368热线。Café 与 café。' },
    { title: 'Ａｌｐｈａ全角', text: '诉讼服务中心ABC—DEF，x' },
  ];
}

describePostgres('PostgreSQL search against SQLite’s', () => {
  let database: TestDatabase;
  let sql: PostgresClient;
  let search: SearchIndex;
  let sqlite: Database;
  let dir: string;
  const corpus = articles();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qinggao-search-parity-'));
    sqlite = new BetterSqlite3(join(dir, 'library.sqlite'));
    registerFunctions(sqlite);
    runMigrations(sqlite);
    database = await createTestDatabase();
    sql = createPostgresClient({ connectionString: database.url, max: 2 });
    await runPostgresMigrations(sql);
    search = createPostgresSearch(sql);
    const page = "INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'seeds', 'h', 'raw', '{}', 'now')";
    const article = "INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (?, 1, ?, ?, 'null', '[]', ?, 'now')";
    sqlite.prepare(page).run();
    await sql.run(page);
    for (const [index, { title, text }] of corpus.entries()) {
      sqlite.prepare(article).run(index + 1, index, title, text);
      await sql.run(article, [index + 1, index, title, text]);
    }
    await search.rebuild();
  });
  afterAll(async () => {
    sqlite?.close();
    await sql?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the same articles for every query', async () => {
    const random = seededRandom(11);
    const cut = () => {
      const { title, text } = random.pick(corpus);
      const source = random.next() < 0.2 ? title : text;
      const start = random.between(0, Math.max(0, source.length - 1));
      const piece = source.slice(start, start + random.between(1, 8)).replace(/\s+/g, '');
      return random.next() < 0.1 ? piece.toUpperCase() : piece;
    };
    const queries = ['鄂', '法', '党建', '人民法院', '368', '0402民初', 'cafe', 'CAFÉ', 'ａｌｐｈａ', 'abc', 'ABC—D', 'x', '。', '号，12'];
    for (let index = 0; index < 400; index++) queries.push(random.next() < 0.2 ? `${cut()} ${cut()}` : cut());

    const sqliteIds = sqlite.prepare('SELECT rowid FROM article_grams WHERE article_grams MATCH ? ORDER BY rowid').pluck();
    const differences: string[] = [];
    let found = 0;
    for (const query of queries) {
      const plan = planSearch(query);
      const matches = plan.terms.map(termMatch).filter((match): match is string => match !== null);
      const expected = matches.length === 0 ? [] : (sqliteIds.all(matches.join(' AND ')) as number[]);
      const { ids, total } = await search.match(plan.terms, {}, 0, 1_000);
      const actual = ids.map((entry) => entry.id).sort((a, b) => a - b);
      if (JSON.stringify(actual) !== JSON.stringify(expected) || total !== expected.length) differences.push(`${query}: SQLite ${JSON.stringify(expected)}, PostgreSQL ${JSON.stringify(actual)} (total ${total})`);
      found += expected.length;
    }
    expect(differences).toEqual([]);
    // The queries found something: a comparison of empty results would prove nothing.
    expect(found).toBeGreaterThan(queries.length);
  });
});
