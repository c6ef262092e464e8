import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { MIGRATIONS } from './migrations/index';
import { registerFunctions } from './register-functions';
import { runMigrations, schemaVersion } from './run-migrations';

describe('runMigrations', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function database() {
    const dir = temporaryDir();
    dirs.push(dir);
    const db = new BetterSqlite3(join(dir, 'library.sqlite'));
    registerFunctions(db);
    return db;
  }

  it('rolls a failing migration back and stays at the last good version', () => {
    const db = database();
    const failing = () => {
      db.exec('CREATE TABLE half_done (id INTEGER)');
      throw new Error('boom');
    };
    expect(() => runMigrations(db, { migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('calls beforeMigrating only when an existing library is about to change', () => {
    const db = database();
    const calls: number[] = [];
    runMigrations(db, { beforeMigrating: (from) => calls.push(from) });
    expect(calls).toEqual([]);
    runMigrations(db, { migrations: [...MIGRATIONS, (inner) => inner.exec('CREATE TABLE later (id INTEGER)')], beforeMigrating: (from) => calls.push(from) });
    expect(calls).toEqual([MIGRATIONS.length]);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it('refuses a library newer than the app', () => {
    const db = database();
    db.pragma('user_version = 99');
    expect(() => runMigrations(db)).toThrow(/newer/);
    db.close();
  });
});
