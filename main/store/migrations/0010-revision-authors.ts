import type { Database } from 'better-sqlite3';

// Who saved each revision (issue #11): on a shared library several people save
// the same article, and its history says who did what. NULL for revisions
// saved before this version, by the import, or on a library nobody named
// themselves in.
export function migration0010RevisionAuthors(db: Database): void {
  db.exec('ALTER TABLE revisions ADD COLUMN saved_by TEXT');
}
