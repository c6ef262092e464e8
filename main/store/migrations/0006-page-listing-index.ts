import type { Database } from 'better-sqlite3';

// The library tree lists every page with its source, publication and import
// time. Those live in the pages table after (or among) the raw text and the
// analysis, so reading them walked each page's overflow pages: ~250 ms for 20k
// pages. This index holds everything the tree reads, in the tree's order.
export function migration0006PageListingIndex(db: Database): void {
  db.exec('CREATE INDEX pages_listing ON pages(issue_date DESC, page_label, id, source, publication, imported_at)');
}
