import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';
import { POSTGRES_LATEST_VERSION } from './index';

describePostgres('PostgreSQL migration 0002-gram-prefix-index', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('leaves a version-1 library’s articles and search entries as they were', async () => {
    const database = await databaseAtVersion(1, async (v1) => {
      await v1.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')");
      await v1.run("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '旧稿', '{}', '[]', '调解成功', 'now')");
      await v1.run("INSERT INTO article_search (article_id, grams) VALUES (1, array_to_tsvector(ARRAY['调解', '解成', '成功', '调', '解', '成', '功']))");
    });
    databases.push(database);
    expect(await database.migrate()).toEqual({ from: 1, to: POSTGRES_LATEST_VERSION });
    const { sql } = database;
    expect(await sql.column("SELECT article_id FROM article_search WHERE grams @@ '成功'::tsquery")).toEqual([1]);
    expect(await sql.column("SELECT article_id FROM article_search WHERE grams @@ '调'::tsquery")).toEqual([1]);
    expect(await sql.get('SELECT title, text FROM articles')).toEqual({ title: '旧稿', text: '调解成功' });
  });
});
