import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0004: articles keep their identity when the editor re-assembles a page.
// - `anchor_line` is the raw line an article starts on (see page-service.ts);
// - `retired_at` marks an article merged away by a re-assembly. Its record and
//   revisions stay, but it leaves listings and search.
// The live indexes are partial (retired articles are not in them), so a query
// saying `retired_at IS NULL` can be answered from them alone (ending with id, see 0001). SQLite's trigger changes
// have no counterpart: the search index is kept by the application, which drops
// a retired article's entry (postgres-search.ts, articleChanged).
export async function migration0004ArticleIdentity(sql: SqlClient): Promise<void> {
  await sql.exec(`
    ALTER TABLE articles ADD COLUMN anchor_line INTEGER;
    ALTER TABLE articles ADD COLUMN retired_at TEXT COLLATE "C";
    CREATE INDEX live_articles_by_page ON articles(page_id, ordinal, status, retired_at, id) WHERE retired_at IS NULL;
    CREATE INDEX live_articles_by_status ON articles(status, retired_at, id) WHERE retired_at IS NULL;
  `);
}
