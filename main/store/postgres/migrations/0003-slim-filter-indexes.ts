import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0003: indexes that answer every filter and the library listing
// without reading the articles or pages rows (which hold whole texts):
// - articles by page carry status, so page + status filters stay in the index;
// - pages by issue, newest first with labels ascending, is the listing order.
// SQLite sorts NULL before every value, PostgreSQL after; the listing (pages
// without a date last) must say `issue_date DESC NULLS LAST, page_label NULLS
// FIRST` in both engines, and the index is declared in that order so it serves it.
export async function migration0003SlimFilterIndexes(sql: SqlClient): Promise<void> {
  await sql.exec(`
    DROP INDEX articles_by_page;
    CREATE INDEX articles_by_page ON articles(page_id, ordinal, status, id);
    CREATE INDEX pages_by_issue_desc ON pages(issue_date DESC NULLS LAST, page_label NULLS FIRST, id);
  `);
}
