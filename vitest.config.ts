import { defineConfig } from 'vitest/config';

/**
 * The suites that run a second time on PostgreSQL (the "postgres" project): the
 * services and the whole API over a shared library on the test server, through
 * openTemporaryLibrary (QINGGAO_TEST_ENGINE=postgres). Left out, each for a
 * reason of its own: what only a file on this computer has (backups and their
 * kill tests, journal and read-only files, modification stamps).
 */
const POSTGRES_SUITES = ['main/api/**/*.test.ts', 'main/services/**/*.test.ts'];
const SQLITE_ONLY = [
  'main/services/backup-*.test.ts',
  'main/services/unfinished-backups.test.ts',
  'main/services/local-file-stamp.test.ts',
  'main/api/export-read-only-folder.test.ts',
  // Their libraries are one of each engine already, whichever project runs them.
  'main/services/transfer-pages.test.ts',
  'main/services/kill-mid-save.test.ts',
];

export default defineConfig({
  test: {
    exclude: ['node_modules', 'dist', 'e2e'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        // globalSetup here, not above: a project inherits the root's, and the line would be said once per project.
        // It says once why the PostgreSQL suites are skipped when no server is configured (QINGGAO_TEST_PG_URL).
        test: { name: 'sqlite', globalSetup: ['main/store/postgres/announce-skipped-suites.ts'], include: ['core/**/*.test.ts', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'] },
      },
      ...(process.env.QINGGAO_TEST_PG_URL
        ? [{ extends: true as const, test: { name: 'postgres', include: POSTGRES_SUITES, exclude: ['node_modules', 'dist', 'e2e', ...SQLITE_ONLY], env: { QINGGAO_TEST_ENGINE: 'postgres' } } }]
        : []),
    ],
  },
});
