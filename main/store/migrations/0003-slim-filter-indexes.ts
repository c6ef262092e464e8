import type { Database } from 'better-sqlite3';

// Indexes that answer every filter and the library listing without walking the
// articles or pages tables (their rows hold whole texts, several pages each):
// - articles by page now carry status, so page + status filters stay in the index;
// - pages by issue, newest first with labels ascending, is the listing order.
export function migration0003SlimFilterIndexes(db: Database): void {
  db.exec(`
    DROP INDEX articles_by_page;
    CREATE INDEX articles_by_page ON articles(page_id, ordinal, status);
    CREATE INDEX pages_by_issue_desc ON pages(issue_date DESC, page_label, id);
  `);
}
