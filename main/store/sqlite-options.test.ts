import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { verifyBackupFile } from '../services/backup-service';
import { checkInBackground } from './background-check';
import { openDatabase } from './open-database';
import { SQLITE_BINDING_ENV, sqliteOptions } from './sqlite-options';

const NODE_BINDING = resolve(createRequire(import.meta.url).resolve('better-sqlite3/package.json'), '..', 'build', 'Release', 'better_sqlite3.node');

describe('the sqlite binding named by QINGGAO_SQLITE_BINDING', () => {
  const dirs: string[] = [];
  const saved = process.env[SQLITE_BINDING_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[SQLITE_BINDING_ENV];
    else process.env[SQLITE_BINDING_ENV] = saved;
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });
  const file = () => {
    const dir = temporaryDir();
    dirs.push(dir);
    return join(dir, 'library.sqlite');
  };

  it('is passed to every connection when set, and left out when not', async () => {
    delete process.env[SQLITE_BINDING_ENV];
    expect(sqliteOptions({ readonly: true })).toEqual({ readonly: true });

    process.env[SQLITE_BINDING_ENV] = NODE_BINDING;
    expect(sqliteOptions({ readonly: true })).toEqual({ readonly: true, nativeBinding: NODE_BINDING });
    const path = file();
    const opened = openDatabase(path);
    if (opened.state !== 'ok') throw new Error(opened.message);
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(() => verifyBackupFile(path)).not.toThrow();
    expect(await checkInBackground(path, { keepProcessAlive: true })).toBeNull();
    opened.db.close();

    // A binding that does not exist proves each path really loads the named one.
    process.env[SQLITE_BINDING_ENV] = join(temporaryDir(), 'missing.node');
    expect(openDatabase(file())).toMatchObject({ state: 'damaged', message: expect.stringMatching(/missing\.node/) });
    expect(() => verifyBackupFile(path)).toThrow(/missing\.node/);
    expect(await checkInBackground(path, { keepProcessAlive: true })).toMatch(/missing\.node/);
  });
});
