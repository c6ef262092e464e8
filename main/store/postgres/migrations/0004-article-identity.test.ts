import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0004-article-identity', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('keeps a version-3 library’s articles live; retiring one takes it out of the live indexes', async () => {
    const database = await databaseAtVersion(3, async (v3) => {
      await v3.run("INSERT INTO pages (id, source, content_hash, raw, issue_date, page_label, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '2025-06-27', '05版', '{}', 'now')");
      const insert = "INSERT INTO articles (id, page_id, ordinal, title, status, doc_json, blocks_json, text, updated_at) VALUES (?, 1, ?, ?, 'raw', 'null', '[]', ?, 'now')";
      await v3.run(insert, [1, 0, '第一篇稿件', '巡回法庭审理案件']);
      await v3.run(insert, [2, 1, '第二篇稿件', '巡回法庭调解纠纷']);
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    expect(await sql.all('SELECT id, anchor_line AS "anchorLine", retired_at AS "retiredAt" FROM articles ORDER BY id')).toEqual([
      { id: 1, anchorLine: null, retiredAt: null },
      { id: 2, anchorLine: null, retiredAt: null },
    ]);
    const definition = (name: string) => sql.value<string>('SELECT indexdef FROM pg_indexes WHERE indexname = ?', [name]);
    expect(await definition('live_articles_by_page')).toMatch(/\(page_id, ordinal, status, retired_at, id\) WHERE \(retired_at IS NULL\)$/);
    expect(await definition('live_articles_by_status')).toMatch(/\(status, retired_at, id\) WHERE \(retired_at IS NULL\)$/);

    await sql.run("UPDATE articles SET retired_at = 'now' WHERE id = 2");
    // Read through the partial index alone (the planner may not scan the table), it holds only the live article.
    const viaIndex = await sql.transaction(async () => {
      await sql.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off');
      const plan = (await sql.column<string>("EXPLAIN SELECT id FROM articles WHERE status = 'raw' AND retired_at IS NULL")).join('\n');
      return { plan, ids: await sql.column("SELECT id FROM articles WHERE status = 'raw' AND retired_at IS NULL") };
    });
    expect(viaIndex.plan).toMatch(/live_articles_by_(status|page)/);
    expect(viaIndex.ids).toEqual([1]);
  });
});
