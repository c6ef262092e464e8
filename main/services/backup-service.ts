// Backups are whole-database copies in <dataDir>/backups/, named
// `<local timestamp with offset>_<reason>.sqlite` so a listing needs no index file.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import type { BackupInfo } from '../../core/model/library';
import { checkInBackground } from '../store/background-check';
import { schemaVersion } from '../store/run-migrations';
import { sqliteOptions } from '../store/sqlite-options';
import { backupHeaderProblem, checkBackupFile } from './backup-file-checks';
import { INSTANT_STAMP_PATTERN, instantOfStamp, localInstantStamp } from './local-file-stamp';

const BACKUP_NAME = new RegExp(`^(${INSTANT_STAMP_PATTERN})_([a-z-]+)\\.sqlite$`);
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
    if (!existsSync(path) && !existsSync(temporaryFor(path))) return path;
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

/**
 * The backup to offer when the library is damaged: the newest whose header is
 * sound. A before-restore copy may itself be the damaged file, so it is never offered.
 */
export function latestBackup(dataDir: string): string | null {
  return listBackups(dataDir).find((backup) => backup.reason !== 'before-restore' && backupHeaderProblem(join(backupsDirOf(dataDir), backup.file)) === null)?.file ?? null;
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

function removeWithSideFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * A backup is written under a temporary name, checked (integrity, the library's
 * schema version, size), then renamed: a file named like a backup is always a
 * complete one, and a failure leaves nothing behind.
 */
function temporaryFor(path: string): string {
  return `${path}.tmp`;
}

/** The temporary files this process is writing in a backups folder right now: never taken for leftovers. */
const beingWritten = new Set<string>();

async function whileWriting<T>(temporary: string, write: () => Promise<T>): Promise<T> {
  beingWritten.add(resolve(temporary));
  try {
    return await write();
  } finally {
    beingWritten.delete(resolve(temporary));
  }
}

function whileWritingNow<T>(temporary: string, write: () => T): T {
  beingWritten.add(resolve(temporary));
  try {
    return write();
  } finally {
    beingWritten.delete(resolve(temporary));
  }
}

const UNFINISHED = /\.sqlite\.tmp(-journal|-wal|-shm)?$/;

export interface UnfinishedBackups {
  /** Files a backup killed mid-write left in backups/ (a `.sqlite.tmp` and its side files), now removed. */
  removed: string[];
  /** Ones that could not be removed (a read-only folder), with why. */
  left: { file: string; reason: string }[];
}

/**
 * Removes what backups killed mid-write (power cut, kill -9) left in backups/:
 * `*.sqlite.tmp` files and their -journal/-wal/-shm, except those this process
 * is writing now. It is safe because such a file is never a backup: a backup
 * only counts once verified and renamed to its final name, so nothing lists,
 * offers or restores a `.tmp`. The one thing it can touch is a backup another
 * process (the app while the CLI runs) is writing at this moment: that backup
 * then fails its check or rename and says so, leaving nothing behind; on
 * Windows the open file cannot be removed and is reported as left.
 */
export function removeUnfinishedBackups(dataDir: string): UnfinishedBackups {
  const directory = backupsDirOf(dataDir);
  const result: UnfinishedBackups = { removed: [], left: [] };
  if (!existsSync(directory)) return result;
  for (const file of readdirSync(directory).filter((name) => UNFINISHED.test(name)).sort()) {
    const path = join(directory, file);
    if (beingWritten.has(resolve(path.replace(/-(journal|wal|shm)$/, '')))) continue;
    try {
      rmSync(path, { force: true });
      result.removed.push(file);
    } catch (error) {
      result.left.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

function keepVerified(db: Database, dataDir: string, reason: string, path: string, options: { integrityChecked?: boolean } = {}): BackupInfo {
  checkBackupFile(temporaryFor(path), { expectedVersion: schemaVersion(db), integrityChecked: options.integrityChecked });
  renameSync(temporaryFor(path), path);
  rotate(dataDir, reason);
  return infoOf(dataDir, path);
}

function backupFailure(error: unknown, path: string | null): ApiError {
  if (path) removeWithSideFiles(temporaryFor(path));
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('failed', bilingual(`备份失败（${detail}），没有留下不完整的文件。`, `The backup failed (${detail}); no partial file was left.`));
}

/**
 * How long a stepwise copy may go without copying a page. better-sqlite3 treats
 * a step that answers SQLITE_BUSY as "try again" and never gives up; on a
 * library read through a read-only -shm (a read-only library) every step after
 * the first answers BUSY, so the copy would spin forever.
 */
const STALLED_AFTER_MS = 3000;
const PAGES_PER_STEP = 100;

/**
 * How long a backup waits for a transaction of the same connection to finish.
 * Transactions are asynchronous (an import or a save awaits between its
 * statements), and SQLite's backup cannot read through one: a copy started
 * inside one copies nothing and reports itself done; a step taken inside one
 * makes no progress until it commits.
 */
const TRANSACTION_WAIT_MS = 60_000;

async function outsideTransaction(db: Database): Promise<void> {
  const started = Date.now();
  while (db.inTransaction) {
    if (Date.now() - started > TRANSACTION_WAIT_MS) throw new Error(`a write kept the library busy for over ${TRANSACTION_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** SQLite's online backup, a hundred pages a step so the app stays responsive; VACUUM INTO where it stalls. */
async function copyDatabase(db: Database, temporary: string): Promise<void> {
  let remaining = Number.POSITIVE_INFINITY;
  let progressAt = Date.now();
  try {
    for (;;) {
      await outsideTransaction(db);
      const { totalPages } = await db.backup(temporary, {
        progress: ({ remainingPages }) => {
          // Waiting for this connection's own transaction to commit is not a stall.
          if (remainingPages < remaining || db.inTransaction) {
            remaining = remainingPages;
            progressAt = Date.now();
          } else if (Date.now() - progressAt > STALLED_AFTER_MS) {
            throw new Error(`the copy made no progress for ${STALLED_AFTER_MS / 1000} s (SQLITE_BUSY)`);
          }
          return PAGES_PER_STEP;
        },
      });
      // Every database has a page: none copied means a transaction began before the first step. Again, once it is over.
      if (totalPages > 0) break;
      removeWithSideFiles(temporary);
    }
  } catch {
    // One copy in a single statement, which waits for locks with the connection's busy timeout instead of spinning.
    removeWithSideFiles(temporary);
    await outsideTransaction(db);
    vacuumInto(db, temporary);
    return;
  }
  // The online backup copies the WAL flag in the header; a backup in rollback mode opens read-only without making -wal/-shm files beside it.
  const copy = new BetterSqlite3(temporary, sqliteOptions({ fileMustExist: true }));
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function vacuumInto(db: Database, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/** An online, consistent copy (writers are not blocked for long), verified before it counts. */
export async function createBackup(db: Database, dataDir: string, reason = 'manual'): Promise<BackupInfo> {
  let path: string | null = null;
  try {
    const target = (path = newBackupPath(dataDir, reason));
    return await whileWriting(temporaryFor(target), async () => {
      await copyDatabase(db, temporaryFor(target));
      // Off the main thread: on a library of a few GB it takes seconds, and the app keeps answering meanwhile.
      const problem = await checkInBackground(temporaryFor(target), { check: 'integrity_check', keepProcessAlive: true });
      if (problem) throw new Error(`integrity check failed: ${problem}`);
      return keepVerified(db, dataDir, reason, target, { integrityChecked: true });
    });
  } catch (error) {
    throw backupFailure(error, path);
  }
}

/**
 * The copy taken before migrating, or to rescue what a connection still holds.
 * Migrations run synchronously while the library opens, and db.backup() is
 * asynchronous, so this uses VACUUM INTO (also a consistent snapshot, compacted,
 * and in rollback mode).
 */
export function createBackupNow(db: Database, dataDir: string, reason: string): BackupInfo {
  let path: string | null = null;
  try {
    const target = (path = newBackupPath(dataDir, reason));
    return whileWritingNow(temporaryFor(target), () => {
      vacuumInto(db, temporaryFor(target));
      return keepVerified(db, dataDir, reason, target);
    });
  } catch (error) {
    throw backupFailure(error, path);
  }
}

/** The backup file, by name only: the caller never chooses a path. */
export function resolveBackup(dataDir: string, file: string): string {
  if (!BACKUP_NAME.test(file)) throw new ApiError('invalid', bilingual(`不是备份文件名：${file}`, `Not a backup name: ${file}`));
  const path = join(backupsDirOf(dataDir), file);
  if (!existsSync(path)) throw new ApiError('not_found', bilingual(`没有名为 ${file} 的备份。`, `No backup named ${file}.`));
  return path;
}

/**
 * The backup name a command-line argument means: a bare name, or a path to a
 * file in the library's backups folder, relative to the data folder (as in
 * `backups/NAME.sqlite`), to the working folder, or absolute. A file anywhere
 * else is refused: only what lies in backups/ is restored.
 */
export function backupNameOf(dataDir: string, argument: string): string {
  if (!/[\\/]/.test(argument)) return argument;
  const directory = resolve(backupsDirOf(dataDir));
  const inBackups = [resolve(dataDir, argument), resolve(argument)].find((candidate) => dirname(candidate) === directory);
  if (inBackups) return basename(inBackups);
  throw new ApiError(
    'invalid',
    bilingual(`只能从文库的备份文件夹 ${directory} 恢复，${argument} 不在其中：请先把它复制到那里。`, `Only backups in the library's backups folder (${directory}) can be restored, and ${argument} is not there: copy it there first.`),
  );
}

/** Full integrity check, schema version and expected tables, on a read-only connection that leaves no -wal/-shm beside the backup; throws ApiError('invalid') naming the first problem. */
export function verifyBackupFile(path: string): void {
  try {
    checkBackupFile(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError('invalid', bilingual(`这个备份不能恢复：${detail}`, `The backup cannot be restored: ${detail}`));
  }
}

/** Copies under a temporary name, then renames: the target is never a partial copy. */
function copyInOneStep(from: string, to: string): void {
  const temporary = `${to}.tmp`;
  whileWritingNow(temporary, () => {
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  });
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
    if (existsSync(`${libraryFile}-wal`)) copyFileSync(`${libraryFile}-wal`, `${keep}-wal`);
    copyInOneStep(libraryFile, keep);
  }
  rmSync(`${libraryFile}-wal`, { force: true });
  rmSync(`${libraryFile}-shm`, { force: true });
  copyInOneStep(backupPath, libraryFile);
  rotate(dataDir, 'before-restore');
  return libraryFile;
}

/** Rotating automatic backups of an open library every `intervalMs`; returns the function that stops them. */
export function startBackupSchedule(library: { backups: { startSchedule(intervalMs: number): () => void } }, intervalMs: number): () => void {
  return library.backups.startSchedule(intervalMs);
}
