import { existsSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createLibraryFile } from './create-library-file';
import { MIGRATIONS, type Migration } from './migrations/index';
import { registerFunctions } from './register-functions';
import { runMigrations, schemaVersion } from './run-migrations';
import { sqliteOptions } from './sqlite-options';

export type OpenedDatabase =
  | { state: 'ok'; db: Database; created: boolean; /** The whole file still needs a check (see below). */ checkPending: boolean }
  | { state: 'damaged'; message: string };

export interface OpenDatabaseOptions {
  beforeMigrating?: (db: Database, fromVersion: number) => void;
  /** A library that cannot be written: opened read-only, nothing written (not even the journal mode); its schema must be current. */
  readOnly?: boolean;
  /** Tests only: the migrations to run instead of MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * Files up to this size get the whole `quick_check` before anything is written
 * (about a second per 100–200 MB here). Larger libraries check their small
 * tables at open and the whole file right after, off the main thread
 * (background-check.ts), so a 100k-article library still opens at once.
 */
export const FULL_CHECK_AT_OPEN_BYTES = 256 * 1024 * 1024;
const SMALL_TABLES = ['sqlite_schema', 'settings', 'courts', 'themes'];

/**
 * Opens the library file once for the whole process. Only a missing file makes
 * a new library; an existing one is checked before any pragma that writes
 * (journal_mode=WAL rewrites the header), and one that is empty, damaged or not
 * a Qinggao library is reported, never written to.
 *
 * At open we use `quick_check`, not `integrity_check`: it verifies every page and
 * record but skips cross-checking each index against its table, the part that
 * grows superlinearly. Restore and `qinggao check` run the full `integrity_check`.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const created = !existsSync(file);
  if (created) {
    const problem = createLibraryFile(file, migrations);
    if (problem) return { state: 'damaged', message: problem };
  } else if (statSync(file).size === 0) {
    return { state: 'damaged', message: 'the file is empty (0 bytes)' };
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, sqliteOptions({ readonly: options.readOnly === true, fileMustExist: true }));
    let checkPending = false;
    if (!created) {
      const whole = statSync(file).size <= FULL_CHECK_AT_OPEN_BYTES;
      const problem = (whole ? firstProblem(db, 'quick_check') : firstSmallTableProblem(db)) ?? notQinggaoProblem(db);
      checkPending = !whole;
      if (problem) {
        db.close();
        return { state: 'damaged', message: problem };
      }
    }
    if (!options.readOnly) {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 16 MB of page cache (default 2 MB): the FTS doclists of common characters are read on most searches.
    db.pragma('cache_size = -16000');
    registerFunctions(db);
    const opened = db;
    if (options.readOnly) {
      const version = schemaVersion(db);
      if (version !== migrations.length) throw new Error(`schema version ${version} needs upgrading to ${migrations.length}, which a read-only library cannot be`);
    } else {
      runMigrations(db, { migrations, beforeMigrating: (fromVersion) => options.beforeMigrating?.(opened, fromVersion) });
    }
    return { state: 'ok', db, created, checkPending };
  } catch (error) {
    try {
      db?.close();
    } catch {
      // already unusable
    }
    return { state: 'damaged', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Every library this app made has a schema version (create-library-file.ts); a sound SQLite file without one belongs to someone else. */
function notQinggaoProblem(db: Database): string | null {
  if (schemaVersion(db) !== 0) return null;
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
  return `not a Qinggao library (a SQLite file with ${tables} tables and no schema version)`;
}

/** The first line of `quick_check` / `integrity_check`, or null when the file is sound. */
export function firstProblem(db: Database, check: 'quick_check' | 'integrity_check'): string | null {
  const rows = db.pragma(`${check}(5)`) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0]);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.join('; ');
}

function firstSmallTableProblem(db: Database): string | null {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  for (const table of SMALL_TABLES) {
    if (table !== 'sqlite_schema' && !tables.has(table)) continue;
    // quick_check(TABLE) checks one table and its indexes (SQLite ≥ 3.33).
    const rows = db.pragma(`quick_check(${table})`) as Record<string, string>[];
    const messages = rows.map((row) => Object.values(row)[0]);
    if (!(messages.length === 1 && messages[0] === 'ok')) return messages.join('; ');
  }
  return null;
}
