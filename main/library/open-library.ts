// The library facade main opens once: the data folder, the database, the
// services over it, and backups. A damaged file yields a library whose health
// says so and whose services are null, so nothing can write to it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryHealth } from '../../core/model/library';
import { quickCheckInBackground } from '../store/background-check';
import { openDatabase } from '../store/open-database';
import { createBackup, createBackupNow, latestBackup, listBackups, replaceLibraryFile, resolveBackup, verifyBackupFile } from '../services/backup-service';
import { loadDefaultVocabulary } from '../vocab/default-vocabulary';
import { createServices } from './create-services';
import { demoPageInputs } from './demo-pages';
import type { Library, LibraryServices } from './library';

export interface OpenLibraryOptions {
  dataDir: string;
  /** Raw pages imported on first run so the app opens on real content. */
  seedsDir?: string;
  /** courts.json / themes.json seeded on first run. */
  vocabularyDir?: string;
}

export const LIBRARY_FILE_NAME = 'library.sqlite';

export function openLibrary(options: OpenLibraryOptions): Library {
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LIBRARY_FILE_NAME);
  let services: LibraryServices | null = null;
  let health: LibraryHealth = { state: 'ok', message: null, latestBackup: null };
  let stopSchedules: (() => void)[] = [];
  let checked: Promise<void> = Promise.resolve();

  function open(seed: boolean): void {
    const opened = openDatabase(file, { beforeMigrating: (db) => void createBackupNow(db, dataDir, 'before-migration') });
    if (opened.state === 'damaged') {
      services = null;
      markDamaged(opened.message);
      return;
    }
    services = createServices(opened.db, dataDir);
    health = { state: 'ok', message: null, latestBackup: latestBackup(dataDir) };
    if (seed && opened.created) seedLibrary(services, options);
    if (opened.checkPending) checkWholeFileLater(services);
  }

  /** A large library opened after checking its small tables; damage found now stops writes from here on. */
  function checkWholeFileLater(checkedServices: LibraryServices): void {
    let check: Promise<string | null>;
    try {
      check = quickCheckInBackground(file);
    } catch {
      return;
    }
    checked = check.then(
      (problem) => {
        if (!problem || services !== checkedServices) return;
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

  function closeDatabase({ optimize = true } = {}): void {
    if (services) {
      // Refreshes the planner's statistics where they have drifted (cheap; SQLite's advice for long-lived connections).
      if (optimize) services.store.db.pragma('optimize');
      services.store.db.close();
    }
    services = null;
  }

  open(true);

  return {
    dataDir,
    file,
    get health() {
      return health;
    },
    get services() {
      return services;
    },
    backups: {
      list: () => listBackups(dataDir),
      async create(reason = 'manual') {
        if (!services) throw new Error('文库已损坏，无法备份。 / The library is damaged; nothing to back up.');
        const info = await createBackup(services.store.db, dataDir, reason);
        health = { ...health, latestBackup: latestBackup(dataDir) };
        return info;
      },
      restore(backupFile: string) {
        const path = resolveBackup(dataDir, backupFile);
        // Checked before closing anything: a bad backup leaves the open library as it was.
        verifyBackupFile(path);
        closeDatabase();
        try {
          replaceLibraryFile(file, dataDir, path);
        } finally {
          open(false);
        }
        return { restored: backupFile };
      },
      startSchedule(intervalMs: number) {
        const timer = setInterval(() => {
          if (services) void createBackup(services.store.db, dataDir, 'scheduled').catch(() => undefined);
        }, intervalMs);
        timer.unref();
        const stop = () => clearInterval(timer);
        stopSchedules.push(stop);
        return stop;
      },
    },
    whenChecked: () => checked,
    close() {
      for (const stop of stopSchedules) stop();
      stopSchedules = [];
      closeDatabase();
    },
  };
}

/** Shown in the app's banner and by the CLI, whatever the locale: Chinese first, then English. */
export function damagedLibraryMessage(problem: string, latest: string | null): string {
  const zh = `文库文件已损坏（${problem}），不会再写入。${latest ? `最新备份：${latest}。` : '没有可用的备份。'}`;
  const en = `The library file is damaged (${problem}). It will not be written to.${latest ? ` Latest backup: ${latest}.` : ' No backup exists.'}`;
  return `${zh}\n${en}`;
}

function seedLibrary(services: LibraryServices, options: OpenLibraryOptions): void {
  if (options.vocabularyDir) services.vocabulary.replace(loadDefaultVocabulary(options.vocabularyDir));
  if (options.seedsDir) services.imports.importInputs(demoPageInputs(options.seedsDir));
}
