import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0003-slim-filter-indexes', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('keeps a version-2 library’s data and indexes page + status and the listing order, dateless pages last', async () => {
    const database = await databaseAtVersion(2, async (v2) => {
      const page = "INSERT INTO pages (id, source, content_hash, raw, issue_date, page_label, analysis_json, imported_at) VALUES (?, ?, 'h', 'raw', ?, ?, '{}', 'now')";
      await v2.run(page, [1, 'a.txt', '2025-06-27', '05版']);
      await v2.run(page, [2, 'b.txt', null, null]);
      await v2.run(page, [3, 'c.txt', '2025-06-28', '01版']);
      await v2.run(page, [4, 'd.txt', '2025-06-27', null]);
      await v2.run("INSERT INTO articles (page_id, ordinal, title, status, doc_json, blocks_json, text, updated_at) VALUES (1, 0, '稿', 'proofread', 'null', '[]', '正文', 'now')");
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    expect(await sql.value('SELECT count(*) FROM articles WHERE page_id = 1 AND status = ?', ['proofread'])).toBe(1);
    const definition = (name: string) => sql.value<string>('SELECT indexdef FROM pg_indexes WHERE indexname = ?', [name]);
    expect(await definition('articles_by_page')).toMatch(/\(page_id, ordinal, status, id\)$/);
    expect(await definition('pages_by_issue_desc')).toMatch(/\(issue_date DESC NULLS LAST, page_label NULLS FIRST, id\)$/);
    // The order SQLite gives `issue_date DESC, page_label, id` (NULL sorts first there), spelled out for both engines.
    expect(await sql.column('SELECT id FROM pages ORDER BY issue_date DESC NULLS LAST, page_label NULLS FIRST, id')).toEqual([3, 4, 1, 2]);
  });
});
