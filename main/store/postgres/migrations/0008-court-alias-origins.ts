import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0008: a court's aliases by origin. aliases_json keeps the listed
// ones, derived_aliases_json the short forms derived from the court list (NULL:
// not derived yet; the vocabulary service derives them when a library opens),
// removed_aliases_json the derived forms the editor removed.
export async function migration0008CourtAliasOrigins(sql: SqlClient): Promise<void> {
  await sql.exec(`
    ALTER TABLE courts ADD COLUMN derived_aliases_json TEXT COLLATE "C";
    ALTER TABLE courts ADD COLUMN removed_aliases_json TEXT COLLATE "C" NOT NULL DEFAULT '[]';
  `);
}
