// Fresh libraries in temp folders for tests and the bench: real files, real SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Library } from './library';
import { openLibrary } from './open-library';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds/pages');
export const VOCABULARY_DIR = resolve(import.meta.dirname, '../../seeds/vocab');

export function temporaryDir(prefix = 'qinggao-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function openTemporaryLibrary(options: { seeded?: boolean } = {}): Promise<{ library: Library; dataDir: string; dispose: () => void }> {
  const dataDir = temporaryDir();
  const library = await openLibrary({ dataDir, vocabularyDir: VOCABULARY_DIR, seedsDir: options.seeded === false ? undefined : SEEDS_DIR });
  return {
    library,
    dataDir,
    dispose() {
      library.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
