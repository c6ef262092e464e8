// The store's transactions over a real SQLite library: a refused write is a
// rejected promise like any other failure, the library is asked once per outer
// transaction, and a transaction inside one is a savepoint.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { openDatabase } from './open-database';
import { createSqliteClient } from './sqlite/sqlite-client';
import { createSqliteSearch } from './sqlite/sqlite-search';
import { createStore, type StoreOptions } from './store';

const dirs: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  closers.splice(0).forEach((close) => close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function storeOver(options: StoreOptions) {
  const dir = temporaryDir();
  dirs.push(dir);
  const opened = openDatabase(join(dir, 'library.sqlite'));
  if (opened.state !== 'ok') throw new Error(opened.message);
  closers.push(() => opened.db.close());
  const sql = createSqliteClient(opened.db);
  return createStore(sql, createSqliteSearch(sql), options);
}

describe('store transactions', () => {
  it('answer a refused write with a rejected promise, never a throw at the call', async () => {
    const store = storeOver({
      beforeWrite: () => {
        throw new Error('refused: read-only');
      },
    });
    let attempt: Promise<unknown> | undefined;
    expect(() => (attempt = store.transaction(() => store.write.settings.put('key', 1)))).not.toThrow();
    await expect(attempt).rejects.toThrow('refused: read-only');
    expect(await store.read.settings.all()).toEqual({});
  });

  it('ask the library once per outer transaction, and undo only the failed part of a nested one', async () => {
    let asked = 0;
    const store = storeOver({ beforeWrite: () => void asked++ });
    await store.transaction(async () => {
      await store.write.settings.put('outer', 1);
      await expect(
        store.transaction(async () => {
          await store.write.settings.put('inner', 2);
          throw new Error('this part fails');
        }),
      ).rejects.toThrow('this part fails');
      await store.transaction(() => store.write.settings.put('kept', 3));
    });
    expect(asked).toBe(1);
    expect(await store.read.settings.all()).toEqual({ outer: 1, kept: 3 });
  });
});
