// Backups are whole-database copies in <dataDir>/backups/, named
// `<local timestamp with offset>_<reason>.sqlite` so a listing needs no index file.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error';
import type { BackupInfo } from '../../core/model/library';
import { LATEST_VERSION } from '../store/migrations/index';
import { firstProblem } from '../store/open-database';
import { sqliteOptions } from '../store/sqlite-options';
import { INSTANT_STAMP_PATTERN, instantOfStamp, localInstantStamp } from './local-file-stamp';

const BACKUP_NAME = new RegExp(`^(${INSTANT_STAMP_PATTERN})_([a-z-]+)\\.sqlite$`);
const EXPECTED_TABLES = ['pages', 'articles', 'revisions', 'courts', 'themes', 'article_tags', 'settings', 'article_grams'];
/** Per reason; manual backups are never rotated away. */
const KEEP = { scheduled: 10, 'before-migration': 5, 'before-restore': 5 } as Record<string, number>;

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

function newBackupPath(dataDir: string, reason: string): string {
  const directory = backupsDirOf(dataDir);
  mkdirSync(directory, { recursive: true });
  // Two backups in the same millisecond get the next free millisecond: never overwrite one.
  for (let time = Date.now(); ; time++) {
    const path = join(directory, `${localInstantStamp(new Date(time))}_${reason}.sqlite`);
    if (!existsSync(path)) return path;
  }
}

export function listBackups(dataDir: string): BackupInfo[] {
  const directory = backupsDirOf(dataDir);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .map((file) => ({ file, match: BACKUP_NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      file,
      createdAt: instantOfStamp(match[1])!,
      bytes: statSync(join(directory, file)).size,
      reason: match[2],
    }))
    .sort((left, right) => right.createdAt.localeCompare(left.createdAt));
}

/** The backup to offer when the library is damaged: a before-restore copy may itself be the damaged file, so it is never offered. */
export function latestBackup(dataDir: string): string | null {
  return listBackups(dataDir).find((backup) => backup.reason !== 'before-restore')?.file ?? null;
}

function rotate(dataDir: string, reason: string): void {
  const keep = KEEP[reason];
  if (keep === undefined) return;
  const old = listBackups(dataDir).filter((backup) => backup.reason === reason).slice(keep);
  for (const backup of old) rmSync(join(backupsDirOf(dataDir), backup.file), { force: true });
}

function infoOf(dataDir: string, path: string): BackupInfo {
  return listBackups(dataDir).find((backup) => join(backupsDirOf(dataDir), backup.file) === path)!;
}

/** An online, consistent copy through SQLite's backup API (writers are not blocked for long). */
export async function createBackup(db: Database, dataDir: string, reason = 'manual'): Promise<BackupInfo> {
  const path = newBackupPath(dataDir, reason);
  await db.backup(path);
  rotate(dataDir, reason);
  return infoOf(dataDir, path);
}

/**
 * The copy taken before migrating. Migrations run synchronously while the library
 * opens, and db.backup() is asynchronous, so this uses VACUUM INTO (also a
 * consistent snapshot, and compacted).
 */
export function createBackupNow(db: Database, dataDir: string, reason: string): BackupInfo {
  const path = newBackupPath(dataDir, reason);
  db.prepare('VACUUM INTO ?').run(path);
  rotate(dataDir, reason);
  return infoOf(dataDir, path);
}

/** The backup file, by name only: the caller never chooses a path. */
export function resolveBackup(dataDir: string, file: string): string {
  if (!BACKUP_NAME.test(file)) throw new ApiError('invalid', `Not a backup name: ${file}`);
  const path = join(backupsDirOf(dataDir), file);
  if (!existsSync(path)) throw new ApiError('not_found', `No backup named ${file}.`);
  return path;
}

/** Full integrity check, schema version and expected tables; throws ApiError('invalid') naming the first problem. */
export function verifyBackupFile(path: string): void {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, sqliteOptions({ readonly: true, fileMustExist: true }));
    const problem = firstProblem(db, 'integrity_check');
    if (problem) throw new Error(`integrity check failed: ${problem}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > LATEST_VERSION) throw new Error(`schema version ${version} is not one this app can open (1–${LATEST_VERSION})`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = EXPECTED_TABLES.filter((table) => !tables.has(table));
    if (missing.length) throw new Error(`missing tables: ${missing.join(', ')}`);
  } catch (error) {
    throw new ApiError('invalid', `The backup cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
}

/**
 * Swaps the library file for a verified backup, keeping the current file (and
 * its WAL, which may hold the latest commits) as a `before-restore` backup.
 * The library must be closed first.
 */
export function replaceLibraryFile(libraryFile: string, dataDir: string, backupPath: string): string {
  verifyBackupFile(backupPath);
  if (existsSync(libraryFile)) {
    const keep = newBackupPath(dataDir, 'before-restore');
    copyFileSync(libraryFile, keep);
    if (existsSync(`${libraryFile}-wal`)) copyFileSync(`${libraryFile}-wal`, `${keep}-wal`);
  }
  rmSync(`${libraryFile}-wal`, { force: true });
  rmSync(`${libraryFile}-shm`, { force: true });
  copyFileSync(backupPath, libraryFile);
  rotate(dataDir, 'before-restore');
  return libraryFile;
}

/** Rotating automatic backups of an open library every `intervalMs`; returns the function that stops them. */
export function startBackupSchedule(library: { backups: { startSchedule(intervalMs: number): () => void } }, intervalMs: number): () => void {
  return library.backups.startSchedule(intervalMs);
}
