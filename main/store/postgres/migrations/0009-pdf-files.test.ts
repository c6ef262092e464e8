import { afterEach, expect, it } from 'vitest';
import { createPostgresClient } from '../postgres-client';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0009-pdf-files', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  const insertPdf = "INSERT INTO pdf_files (sha256, bytes, size, page_count, stored_at) VALUES (?, ?, ?, 2, 'now') ON CONFLICT (sha256) DO NOTHING";
  const insertPage = "INSERT INTO pages (source, content_hash, raw, encoding, analysis_json, imported_at, pdf_sha256, pdf_page) VALUES (?, 'x', '原文', 'pdf', '{}', 'now', ?, ?) RETURNING id";

  it('keeps a version-8 library’s text pages as they were and stores a PDF until its last page is removed', async () => {
    const database = await databaseAtVersion(8, async (v8) => {
      await v8.run("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', '原文', '{}', 'then')");
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    expect(await sql.get('SELECT raw, pdf_sha256 AS "pdfSha256", pdf_page AS "pdfPage" FROM pages WHERE id = 1')).toEqual({ raw: '原文', pdfSha256: null, pdfPage: null });

    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 255]);
    // The seed gave page 1 its id explicitly, which an identity does not count (see the report on explicit ids).
    await sql.run("SELECT setval(pg_get_serial_sequence('pages', 'id'), 1)");
    const [first, second] = await sql.transaction(async () => {
      expect((await sql.run(insertPdf, ['abc', bytes, bytes.length])).changes).toBe(1);
      // The same file again is kept once.
      expect((await sql.run(insertPdf, ['abc', bytes, bytes.length])).changes).toBe(0);
      return [await sql.value<number>(insertPage, ['x.pdf (1/2)', 'abc', 1]), await sql.value<number>(insertPage, ['x.pdf (2/2)', 'abc', 2])];
    });
    expect(await sql.value<Buffer>("SELECT bytes FROM pdf_files WHERE sha256 = 'abc'")).toEqual(bytes);

    await sql.run('DELETE FROM pages WHERE id = ?', [first!]);
    expect(await sql.value('SELECT count(*) FROM pdf_files')).toBe(1);
    await sql.run('DELETE FROM pages WHERE id = ?', [second!]);
    expect(await sql.value('SELECT count(*) FROM pdf_files')).toBe(0);
    // A page may not point at a PDF that is not stored.
    await expect(sql.run(insertPage, ['y.pdf', 'missing', 1])).rejects.toThrow(/foreign key/);
    expect(await sql.value('SELECT count(*) FROM pages')).toBe(1);
  });

  it('removes a PDF whose last two pages two people remove at the same time', async () => {
    const database = await databaseAtVersion(9);
    databases.push(database);
    const { sql } = database;
    const bytes = Buffer.from('%PDF-1.7');
    await sql.run(insertPdf, ['abc', bytes, bytes.length]);
    const first = (await sql.value<number>(insertPage, ['x.pdf (1/2)', 'abc', 1]))!;
    const second = (await sql.value<number>(insertPage, ['x.pdf (2/2)', 'abc', 2]))!;
    const other = createPostgresClient({ connectionString: database.url, max: 2 });
    try {
      // Both delete their page before either commits; each then sees the other's page still there.
      let releaseFirst!: () => void;
      const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstDeleted!: () => void;
      const firstHasDeleted = new Promise<void>((resolve) => (firstDeleted = resolve));
      const one = sql.transaction(async () => {
        await sql.run('DELETE FROM pages WHERE id = ?', [first]);
        firstDeleted();
        await firstHolds;
      });
      await firstHasDeleted;
      let twoSettled = false;
      const two = other
        .transaction(async () => {
          await other.run('DELETE FROM pages WHERE id = ?', [second]);
        })
        .finally(() => (twoSettled = true));
      // Let the first commit once the second has run its trigger: it either finished (no lock taken) or waits on the PDF row.
      while (!twoSettled && (await other.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0].n === 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      releaseFirst();
      await Promise.all([one, two]);
    } finally {
      await other.close();
    }
    expect(await sql.value('SELECT count(*) FROM pages')).toBe(0);
    expect(await sql.value('SELECT count(*) FROM pdf_files')).toBe(0);
  });
});
