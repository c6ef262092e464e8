// A new library comes into being in one step: built under a temporary name,
// migrated to the current schema, then renamed into place. So a library.sqlite
// that exists is always a complete library, and one that is empty or foreign
// is damage (open-database.ts), never something to build on.
import { renameSync, rmSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Migration } from './migrations/index';
import { registerFunctions } from './register-functions';
import { runMigrations } from './run-migrations';
import { sqliteOptions } from './sqlite-options';

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** Null once `file` holds a new, empty library; else why it could not be made (nothing is left behind then). */
export function createLibraryFile(file: string, migrations?: readonly Migration[]): string | null {
  const temporary = `${file}.new`;
  const removeTemporary = () => SIDE_FILES.forEach((suffix) => rmSync(`${temporary}${suffix}`, { force: true }));
  removeTemporary();
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(temporary, sqliteOptions());
    registerFunctions(db);
    runMigrations(db, { migrations });
    // Written into the header now, so the file is a WAL library from its first open.
    db.pragma('journal_mode = WAL');
    db.close();
    db = undefined;
    renameSync(temporary, file);
    return null;
  } catch (error) {
    try {
      db?.close();
    } catch {
      // already unusable
    }
    removeTemporary();
    return error instanceof Error ? error.message : String(error);
  }
}
