import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';
import { POSTGRES_LATEST_VERSION } from './index';

describePostgres('PostgreSQL migration 0007-one-gram-index', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('leaves a version-6 library’s articles, retired ones included, and its search entries as they were', async () => {
    const database = await databaseAtVersion(6, async (v6) => {
      await v6.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')");
      const insert = "INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at, retired_at) VALUES (?, 1, ?, ?, 'null', '[]', ?, 'now', ?)";
      await v6.run(insert, [1, 0, '诉源治理', '开通12368热线', null]);
      await v6.run(insert, [2, 1, '并入的稿件', '诉源治理的另一篇', 'merged']);
      await v6.run("INSERT INTO article_search (article_id, grams) VALUES (1, array_to_tsvector(ARRAY['23', '36', '68']))");
    });
    databases.push(database);
    expect(await database.migrate()).toEqual({ from: 6, to: POSTGRES_LATEST_VERSION });
    const { sql } = database;
    expect(await sql.column("SELECT article_id FROM article_search WHERE grams @@ '23 & 36 & 68'::tsquery")).toEqual([1]);
    expect(await sql.all('SELECT id, retired_at AS "retiredAt" FROM articles ORDER BY id')).toEqual([
      { id: 1, retiredAt: null },
      { id: 2, retiredAt: 'merged' },
    ]);
  });
});
