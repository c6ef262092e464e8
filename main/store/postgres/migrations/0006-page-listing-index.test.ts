import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0006-page-listing-index', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('lists a version-5 library’s pages in listing order from the index alone, without sorting', async () => {
    const database = await databaseAtVersion(5, async (v5) => {
      const page = "INSERT INTO pages (id, source, content_hash, raw, publication, issue_date, page_label, analysis_json, imported_at) VALUES (?, ?, 'h', 'raw', '人民法院报', ?, ?, '{}', 'then')";
      await v5.run(page, [1, 'a.txt', '2025-06-27', '05版']);
      await v5.run(page, [2, 'b.txt', '2025-06-28', '01版']);
      await v5.run(page, [3, 'c.txt', null, null]);
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    await sql.exec('VACUUM ANALYZE pages');
    const listing = 'SELECT p.id, p.source, p.publication, p.imported_at AS "importedAt" FROM pages p ORDER BY p.issue_date DESC NULLS LAST, p.page_label NULLS FIRST, p.id';
    expect(await sql.all(listing)).toEqual([
      { id: 2, source: 'b.txt', publication: '人民法院报', importedAt: 'then' },
      { id: 1, source: 'a.txt', publication: '人民法院报', importedAt: 'then' },
      { id: 3, source: 'c.txt', publication: '人民法院报', importedAt: 'then' },
    ]);
    const plan = await sql.transaction(async () => {
      await sql.exec('SET LOCAL enable_seqscan = off');
      return (await sql.column<string>(`EXPLAIN ${listing}`)).join('\n');
    });
    expect(plan).toMatch(/Index Only Scan using pages_listing/);
    expect(plan).not.toMatch(/Sort/);
  });
});
