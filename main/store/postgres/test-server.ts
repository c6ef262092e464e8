// Which PostgreSQL server the tests use, if any: the one named by
// QINGGAO_TEST_PG_URL (see scripts/pg-test-cluster.mjs). Shared by the test
// fixture and the vitest global setup that announces skipped suites.

export const TEST_PG_URL_VARIABLE = 'QINGGAO_TEST_PG_URL';

export const pgAvailable = (): boolean => Boolean(process.env[TEST_PG_URL_VARIABLE]);

/** Why the PostgreSQL suites do not run; scripts/run-tests.mjs passes a more precise one (QINGGAO_TEST_PG_SKIP_REASON) when it could not start a server. */
export const postgresSkipReason = (): string =>
  process.env.QINGGAO_TEST_PG_SKIP_REASON ||
  `${TEST_PG_URL_VARIABLE} is not set (node scripts/pg-test-cluster.mjs start, then eval $(node scripts/pg-test-cluster.mjs env); npm test starts a server by itself)`;
