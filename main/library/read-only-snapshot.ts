// A library in a folder this process cannot write is read from a copy. SQLite
// needs a -shm file beside a WAL library even to read it (since 3.22 it opens a
// read-only WAL database only where that file exists or can be made), so in
// place such a library cannot be opened at all.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface ReadOnlySnapshot {
  file: string;
  dispose(): void;
}

export function readOnlySnapshot(file: string): ReadOnlySnapshot {
  const directory = mkdtempSync(join(tmpdir(), 'qinggao-read-only-'));
  const copy = join(directory, basename(file));
  try {
    copyFileSync(file, copy);
    // Commits a crash left in the journal are part of the library.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return { file: copy, dispose: () => rmSync(directory, { recursive: true, force: true }) };
}
