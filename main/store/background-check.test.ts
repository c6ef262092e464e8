import { closeSync, copyFileSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/library';
import { openTemporaryLibrary } from '../library/temporary-library';
import { checkInBackground } from './background-check';

describe('checkInBackground', () => {
  let opened: Awaited<ReturnType<typeof openTemporaryLibrary>>;
  let library: Library;
  beforeAll(async () => {
    opened = await openTemporaryLibrary();
    library = opened.library;
  });
  afterAll(() => opened.dispose());

  it('finds a sound library sound and a damaged copy damaged, without touching either', async () => {
    library.database!.pragma('wal_checkpoint(TRUNCATE)');
    const file = join(opened.dataDir, 'library.sqlite');
    expect(await checkInBackground(file, { keepProcessAlive: true })).toBeNull();

    const copy = join(opened.dataDir, 'copy.sqlite');
    copyFileSync(file, copy);
    const size = statSync(copy).size;
    const descriptor = openSync(copy, 'r+');
    // Garbage over a b-tree page in the middle, leaving the header intact.
    writeSync(descriptor, Buffer.alloc(4096, 0x7f), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
    closeSync(descriptor);
    expect(await checkInBackground(copy, { keepProcessAlive: true })).toEqual(expect.any(String));
  });
});
