// Fresh libraries for tests and the bench: real files, real SQLite; or, when
// QINGGAO_TEST_ENGINE=postgres (the "postgres" test project), a real database of
// its own on the test server (QINGGAO_TEST_PG_URL), so the same suites run on
// both engines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoPageInputs } from './demo-pages';
import type { Library } from './library';
import { parseSharedLocation } from './library-location';
import { openLibrary } from './open-library';
import { openSharedLibrary } from './open-shared-library';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds/pages');
export const VOCABULARY_DIR = resolve(import.meta.dirname, '../../seeds/vocab');

/** The engine the temporary libraries of this test run are on. */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.QINGGAO_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export function temporaryDir(prefix = 'qinggao-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TemporaryLibrary {
  library: Library;
  dataDir: string;
  dispose(): Promise<void>;
}

export async function openTemporaryLibrary(options: { seeded?: boolean } = {}): Promise<TemporaryLibrary> {
  const dataDir = temporaryDir();
  const seedsDir = options.seeded === false ? undefined : SEEDS_DIR;
  if (TEST_ENGINE === 'postgres') {
    // Imported here only: the fixture belongs to the test runner, and the bench opens temporary libraries too.
    const { createTestDatabase } = await import('../store/postgres/test-database.fixture');
    const database = await createTestDatabase();
    const library = await openSharedLibrary({ location: parseSharedLocation(database.url), dataDir, vocabularyDir: VOCABULARY_DIR });
    // A local library seeds the demo pages when it is created; a shared one is seeded here the same way.
    if (seedsDir) await library.services!.imports.importInputs(demoPageInputs(seedsDir));
    return {
      library,
      dataDir,
      async dispose() {
        library.close();
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const library = await openLibrary({ dataDir, vocabularyDir: VOCABULARY_DIR, seedsDir });
  return {
    library,
    dataDir,
    async dispose() {
      library.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
