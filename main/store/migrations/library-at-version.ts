// Test support for migration tests: a real library file left at an older schema
// version with some rows in it — the state a user's library is in before an
// upgrade — and the same file opened the way the app opens it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { temporaryDir } from '../../library/temporary-library';
import { openDatabase } from '../open-database';
import { registerFunctions } from '../register-functions';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

export interface OlderLibrary {
  file: string;
  /** Opens it as the app does (integrity check, then the remaining migrations). */
  open(options?: Parameters<typeof openDatabase>[1]): Database;
  dispose(): void;
}

export function libraryAtVersion(version: number, seed: (db: Database) => void): OlderLibrary {
  const dir = temporaryDir();
  const file = join(dir, 'library.sqlite');
  const older = new BetterSqlite3(file);
  registerFunctions(older);
  runMigrations(older, { migrations: MIGRATIONS.slice(0, version) });
  seed(older);
  older.close();
  return {
    file,
    open(options) {
      const opened = openDatabase(file, options);
      if (opened.state !== 'ok') throw new Error(opened.message);
      return opened.db;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
