import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0005-stored-suggestions', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('leaves a version-4 library’s articles with no stored suggestions and adds rejections that go with their article', async () => {
    const database = await databaseAtVersion(4, async (v4) => {
      await v4.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')");
      await v4.run("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '正文', 'now')");
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    expect(await sql.get('SELECT title, suggestions_json AS "suggestionsJson" FROM articles')).toEqual({ title: '稿', suggestionsJson: null });
    await sql.run("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'theme', '司法改革')");
    await expect(sql.run("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'topic', '无')")).rejects.toThrow(/check constraint/);
    await expect(sql.run("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'theme', '司法改革')")).rejects.toThrow(/duplicate key/);
    await sql.run('DELETE FROM articles WHERE id = 1');
    expect(await sql.value('SELECT count(*) FROM rejected_tags')).toBe(0);
  });
});
