// The library facade main opens once: the data folder, the database, the
// services over it, and backups. A damaged file yields a library whose health
// says so and whose services are null, so nothing can write to it. A library
// that cannot be written (a read-only file or folder, or a journal removed while
// running) keeps its services for reading, and every write is refused with the
// health message.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error';
import type { LibraryHealth } from '../../core/model/library';
import { checkInBackground } from '../store/background-check';
import { watchJournal, type JournalProblem, type JournalWatch } from '../store/journal-watch';
import { openDatabase } from '../store/open-database';
import { createSqliteClient, type SqliteClient } from '../store/sqlite/sqlite-client';
import { createSqliteSearch } from '../store/sqlite/sqlite-search';
import { writeAccessProblem } from '../store/write-access';
import { createBackup, createBackupNow, latestBackup, listBackups, removeUnfinishedBackups, replaceLibraryFile, resolveBackup, verifyBackupFile } from '../services/backup-service';
import { loadDefaultVocabulary } from '../vocab/default-vocabulary';
import { createServices } from './create-services';
import { demoPageInputs } from './demo-pages';
import type { Library, LibraryServices } from './library';
import { damagedLibraryMessage, journalLostMessage, readOnlyLibraryMessage } from './library-messages';
import { readOnlySnapshot, type ReadOnlySnapshot } from './read-only-snapshot';

export { damagedLibraryMessage } from './library-messages';

export interface OpenLibraryOptions {
  dataDir: string;
  /** Raw pages imported on first run so the app opens on real content. */
  seedsDir?: string;
  /** courts.json / themes.json seeded on first run. */
  vocabularyDir?: string;
  /** How often the journal is looked at between writes (it is also looked at before each write). */
  journalCheckMs?: number;
}

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** Why writes are refused, and whether restoring a backup is still a way out (it is not where nothing can be written). */
interface WriteBlock {
  message: string;
  restorable: boolean;
}

export async function openLibrary(options: OpenLibraryOptions): Promise<Library> {
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LIBRARY_FILE_NAME);
  let services: LibraryServices | null = null;
  // The open connection (null while damaged): backups, pragmas and checks are SQLite's own.
  let db: Database | null = null;
  let client: SqliteClient | null = null;
  let health: LibraryHealth = { state: 'ok', message: null, latestBackup: null };
  let writeBlock: WriteBlock | null = null;
  let journal: JournalWatch | null = null;
  let snapshot: ReadOnlySnapshot | null = null;
  let stopSchedules: (() => void)[] = [];
  let checked: Promise<void> = Promise.resolve();

  async function open(seed: boolean): Promise<void> {
    writeBlock = null;
    journal = null;
    const access = existsSync(file) ? writeAccessProblem(file) : null;
    let path = file;
    if (access && !access.folderWritable) {
      try {
        snapshot = readOnlySnapshot(file);
        path = snapshot.file;
      } catch (error) {
        services = null;
        markDamaged(error instanceof Error ? error.message : String(error));
        return;
      }
    }
    const opened = openDatabase(path, { readOnly: access !== null, beforeMigrating: (db) => void createBackupNow(db, dataDir, 'before-migration') });
    if (opened.state === 'damaged') {
      services = null;
      snapshot?.dispose();
      snapshot = null;
      markDamaged(opened.message);
      return;
    }
    db = opened.db;
    const sql = (client = createSqliteClient(opened.db));
    services = await createServices(sql, createSqliteSearch(sql), dataDir, { beforeWrite });
    if (access) {
      writeBlock = { message: readOnlyLibraryMessage(access.reason), restorable: false };
      health = { state: 'readonly', message: writeBlock.message, latestBackup: latestBackup(dataDir) };
    } else {
      journal = watchJournal(file);
      health = { state: 'ok', message: null, latestBackup: latestBackup(dataDir) };
    }
    if (seed && opened.created) await seedLibrary(services, options);
    if (!access) await services.vocabulary.storeDerivedAliases();
    if (opened.checkPending) checkWholeFileLater(services, path);
  }

  function beforeWrite(): void {
    if (!writeBlock) checkJournal();
    if (writeBlock) throw new ApiError('readonly', writeBlock.message);
  }

  function checkJournal(): void {
    const problem = journal?.problem();
    if (problem && db) stopWritesAfter(problem, db);
  }

  /** Secures what SQLite still holds through its open handles, then refuses every further write. */
  function stopWritesAfter(problem: JournalProblem, connection: Database): void {
    journal = null;
    let secured: Parameters<typeof journalLostMessage>[1] | null = null;
    if (problem === 'journal-removed') {
      try {
        // Copies the commits from the deleted journal (still open) into the library file.
        const [result] = connection.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result.busy === 0) secured = { checkpointed: true };
      } catch {
        // fall back to a copy
      }
    }
    if (!secured) {
      try {
        secured = { backup: createBackupNow(connection, dataDir, 'rescue').file };
      } catch (error) {
        secured = { failed: error instanceof Error ? error.message : String(error) };
      }
    }
    writeBlock = { message: journalLostMessage(problem, secured), restorable: true };
    health = { state: 'readonly', message: writeBlock.message, latestBackup: latestBackup(dataDir) };
  }

  /** A large library opened after checking its small tables; damage found now stops writes from here on. */
  function checkWholeFileLater(checkedServices: LibraryServices, path: string): void {
    let check: Promise<string | null>;
    try {
      check = checkInBackground(path);
    } catch {
      return;
    }
    checked = check.then(
      async (problem) => {
        if (!problem || services !== checkedServices) return;
        // A save in flight finishes (or fails) before the connection under it is closed, as before a restore.
        await client?.idle();
        if (services !== checkedServices) return;
        // No PRAGMA optimize on the way out: it may write, and the file is damaged.
        closeDatabase({ optimize: false });
        markDamaged(problem);
      },
      () => undefined,
    );
  }

  function markDamaged(problem: string): void {
    const latest = latestBackup(dataDir);
    health = { state: 'damaged', message: damagedLibraryMessage(problem, latest), latestBackup: latest };
  }

  /** Never throws: it runs on the way out, where an error would leave the process hanging. */
  function closeDatabase({ optimize = true } = {}): void {
    if (db) {
      try {
        // Refreshes the planner's statistics where they have drifted (cheap; SQLite's advice for long-lived connections).
        if (optimize && !writeBlock) db.pragma('optimize');
      } catch {
        // statistics only
      }
      try {
        db.close();
      } catch {
        // already closed
      }
    }
    db = null;
    client = null;
    services = null;
    journal = null;
    snapshot?.dispose();
    snapshot = null;
  }

  // Before anything here starts a backup of its own; see removeUnfinishedBackups for why this is safe.
  const unfinishedBackups = removeUnfinishedBackups(dataDir);
  await open(true);
  const journalTimer = setInterval(() => {
    // Not under an open transaction: the rescue (checkpoint or VACUUM INTO) cannot run inside one; the write's own check will come.
    if (!writeBlock && !db?.inTransaction) checkJournal();
  }, options.journalCheckMs ?? 2000);
  journalTimer.unref();

  return {
    dataDir,
    file,
    get health() {
      return health;
    },
    get services() {
      return services;
    },
    get database() {
      return db;
    },
    backups: {
      list: () => listBackups(dataDir),
      async create(reason = 'manual') {
        if (!db) throw new ApiError('damaged', '文库已损坏，无法备份。 / The library is damaged; nothing to back up.');
        const info = await createBackup(db, dataDir, reason);
        health = { ...health, latestBackup: latestBackup(dataDir) };
        return info;
      },
      async restore(backupFile: string) {
        if (writeBlock && !writeBlock.restorable) throw new ApiError('readonly', writeBlock.message);
        const path = resolveBackup(dataDir, backupFile);
        // Checked before closing anything: a bad backup leaves the open library as it was.
        verifyBackupFile(path);
        // A save in flight finishes (or fails) before the file under it is replaced.
        await client?.idle();
        closeDatabase();
        try {
          replaceLibraryFile(file, dataDir, path);
        } finally {
          await open(false);
        }
        return { restored: backupFile };
      },
      startSchedule(intervalMs: number) {
        let running = false;
        const timer = setInterval(() => {
          // A library that takes no writes does not change: nothing new to keep. One backup at a time: a slow one is not stacked on.
          if (!db || writeBlock || running) return;
          running = true;
          void createBackup(db, dataDir, 'scheduled')
            .catch(() => undefined)
            .finally(() => (running = false));
        }, intervalMs);
        timer.unref();
        const stop = () => clearInterval(timer);
        stopSchedules.push(stop);
        return stop;
      },
    },
    unfinishedBackups,
    whenChecked: () => checked,
    close() {
      clearInterval(journalTimer);
      for (const stop of stopSchedules) stop();
      stopSchedules = [];
      closeDatabase();
    },
  };
}

async function seedLibrary(services: LibraryServices, options: OpenLibraryOptions): Promise<void> {
  if (options.vocabularyDir) await services.vocabulary.replace(loadDefaultVocabulary(options.vocabularyDir));
  if (options.seedsDir) await services.imports.importInputs(demoPageInputs(options.seedsDir));
}
