// What makes a backup file one that can be restored. Two levels: the header
// check is cheap (100 bytes, no SQLite) and runs wherever backups are listed or
// offered; the full check (integrity, schema, tables) runs before a backup
// counts and before one is restored.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_VERSION } from '../store/migrations/index';
import { firstProblem } from '../store/open-database';
import { sqliteOptions } from '../store/sqlite-options';

const EXPECTED_TABLES = ['pages', 'articles', 'revisions', 'courts', 'themes', 'article_tags', 'settings', 'article_grams'];
const SQLITE_MAGIC = 'SQLite format 3\0';

/** Null when the file's header is that of a complete Qinggao library; else what is wrong, in a few words. */
export function backupHeaderProblem(path: string): string | null {
  const size = statSync(path).size;
  if (size === 0) return 'empty (0 bytes)';
  const header = Buffer.alloc(100);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, header, 0, 100, 0);
  } finally {
    closeSync(descriptor);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return 'not a SQLite file';
  const version = header.readUInt32BE(60);
  if (version < 1 || version > LATEST_VERSION) return `schema version ${version} is not one this app can open (1–${LATEST_VERSION})`;
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  // The page count in the header is valid when the change counter beside it says so (SQLite file format, offset 92).
  const pageCountValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (pageCountValid && size < header.readUInt32BE(28) * pageSize) return `truncated (${size} bytes)`;
  return null;
}

/**
 * Opens a backup for reading only. A backup still flagged as a WAL database
 * (older ones were) makes SQLite create -wal and -shm files beside it even on a
 * read-only connection; those are removed again on close, so looking at a
 * backup leaves no trace.
 */
export function openBackupReadOnly(path: string): { db: Database; close(): void } {
  const sideFiles = [`${path}-wal`, `${path}-shm`].filter((side) => !existsSync(side));
  const db = new BetterSqlite3(path, sqliteOptions({ readonly: true, fileMustExist: true }));
  return {
    db,
    close() {
      db.close();
      for (const side of sideFiles) rmSync(side, { force: true });
    },
  };
}

/**
 * Throws an Error naming the first problem: header, integrity check (unless it
 * already ran off the main thread), schema version (exactly `expectedVersion`
 * when given), expected tables.
 */
export function checkBackupFile(path: string, options: { expectedVersion?: number; integrityChecked?: boolean } = {}): void {
  const headerProblem = backupHeaderProblem(path);
  if (headerProblem) throw new Error(headerProblem);
  const backup = openBackupReadOnly(path);
  try {
    const { db } = backup;
    const problem = options.integrityChecked ? null : firstProblem(db, 'integrity_check');
    if (problem) throw new Error(`integrity check failed: ${problem}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (options.expectedVersion !== undefined && version !== options.expectedVersion) throw new Error(`schema version ${version}, the library's is ${options.expectedVersion}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = EXPECTED_TABLES.filter((table) => !tables.has(table));
    if (missing.length) throw new Error(`missing tables: ${missing.join(', ')}`);
  } finally {
    backup.close();
  }
}
