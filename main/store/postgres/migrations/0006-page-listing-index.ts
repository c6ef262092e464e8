import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0006: the library tree reads every page's source, publication and
// import time in listing order; this index holds all of it, so the tree is an
// index-only scan that never reads the raw text and analysis. The columns the
// tree only reads are INCLUDEd rather than keyed: a B-tree key is limited to
// about 2.7 KB, and a source name does not need to be compared.
export async function migration0006PageListingIndex(sql: SqlClient): Promise<void> {
  await sql.exec('CREATE INDEX pages_listing ON pages(issue_date DESC NULLS LAST, page_label NULLS FIRST, id) INCLUDE (source, publication, imported_at)');
}
