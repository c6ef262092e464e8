import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0011 (which has nothing to do: its full-text index differs by design).
// A search entry carries its article's page and status, so a filtered search tests
// them on the entry rows the GIN bitmap already reads, instead of looking every hit
// up in articles and pages (thousands of keyed reads for a common term) or walking
// every live article to build the filter's id set. page_id never changes for an
// article; status is written with the article, which rewrites its entry
// (postgres-search.ts, articleChanged), and retired articles have no entry.
export async function migration0011SearchFilterColumns(sql: SqlClient): Promise<void> {
  await sql.exec(`
    ALTER TABLE article_search ADD COLUMN page_id BIGINT, ADD COLUMN status TEXT COLLATE "C";
    UPDATE article_search s SET page_id = a.page_id, status = a.status FROM articles a WHERE a.id = s.article_id;
    ALTER TABLE article_search ALTER COLUMN page_id SET NOT NULL, ALTER COLUMN status SET NOT NULL;
  `);
}
