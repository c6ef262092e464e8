import type { Database } from 'better-sqlite3';

// A court's aliases by origin: aliases_json keeps the listed ones (seeded or typed by the editor),
// derived_aliases_json the short forms derived from the court list, removed_aliases_json the derived
// forms the editor removed. The derived forms are not computed here: the rules live in
// core/tagging/derive-court-aliases.ts and change with the app, and a migration must not change
// once shipped, so the vocabulary service derives them when a library opens (an empty column
// reads as "not derived yet") and on every vocabulary change.
export function migration0008CourtAliasOrigins(db: Database): void {
  db.exec(`
    ALTER TABLE courts ADD COLUMN derived_aliases_json TEXT;
    ALTER TABLE courts ADD COLUMN removed_aliases_json TEXT NOT NULL DEFAULT '[]';
  `);
}
