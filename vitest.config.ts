import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'e2e'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // One line saying why the PostgreSQL suites are skipped when no server is configured (QINGGAO_TEST_PG_URL).
    globalSetup: ['main/store/postgres/announce-skipped-suites.ts'],
  },
});
