import { existsSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { registerFunctions } from './register-functions';
import { runMigrations } from './run-migrations';

export type OpenedDatabase =
  | { state: 'ok'; db: Database; created: boolean }
  | { state: 'damaged'; message: string };

/**
 * Opens the library file once for the whole process. The check runs before any
 * pragma that writes (journal_mode=WAL rewrites the header): a damaged file is never written to.
 *
 * At open we use `quick_check`, not `integrity_check`: it verifies every page and
 * record but skips cross-checking each index against its table, which is the part
 * that grows superlinearly; on a 100k-article library it is several times faster.
 * Restore and `qinggao check` run the full `integrity_check`.
 */
export function openDatabase(file: string, options: { beforeMigrating?: (db: Database, fromVersion: number) => void } = {}): OpenedDatabase {
  const created = !existsSync(file);
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file);
    if (!created) {
      const problem = firstProblem(db, 'quick_check');
      if (problem) {
        db.close();
        return { state: 'damaged', message: problem };
      }
    }
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerFunctions(db);
    const opened = db;
    runMigrations(db, { beforeMigrating: (fromVersion) => options.beforeMigrating?.(opened, fromVersion) });
    return { state: 'ok', db, created };
  } catch (error) {
    try {
      db?.close();
    } catch {
      // already unusable
    }
    return { state: 'damaged', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The first line of `quick_check` / `integrity_check`, or null when the file is sound. */
export function firstProblem(db: Database, check: 'quick_check' | 'integrity_check'): string | null {
  const rows = db.pragma(`${check}(5)`) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0]);
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.join('; ');
}
