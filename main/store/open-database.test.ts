import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { MIGRATIONS } from './migrations/index';
import { openDatabase } from './open-database';

describe('openDatabase', () => {
  it('creates a new library in one step: a failure while creating it leaves no library.sqlite behind', () => {
    const dir = temporaryDir();
    const file = join(dir, 'library.sqlite');
    const failing = [
      ...MIGRATIONS.slice(0, 2),
      () => {
        throw new Error('disk full');
      },
    ];
    expect(openDatabase(file, { migrations: failing })).toMatchObject({ state: 'damaged', message: expect.stringContaining('disk full') });
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);

    const opened = openDatabase(file);
    if (opened.state !== 'ok') throw new Error(opened.message);
    expect(opened.created).toBe(true);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    opened.db.close();
  });
});
