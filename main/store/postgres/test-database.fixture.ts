// PostgreSQL for the tests: each test (or suite) gets a database of its own on
// the server named by QINGGAO_TEST_PG_URL (a throwaway cluster from
// scripts/pg-test-cluster.mjs, which `npm test` starts by itself).
//
// Without the variable the PostgreSQL suites are skipped, and
// announce-skipped-suites.ts says why once per run. With it set, a server
// that cannot be reached FAILS them: a PostgreSQL suite never passes without
// having run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe } from 'vitest';
import { pgAvailable, postgresSkipReason, TEST_PG_URL_VARIABLE } from './test-server';

export { pgAvailable } from './test-server';

// The names h/pgschema's migration tests were written against (`describe.skipIf(!TEST_PG_URL)`); describePostgres is better.
export const TEST_PG_URL = process.env[TEST_PG_URL_VARIABLE];
export const NO_TEST_SERVER = postgresSkipReason();

export interface TestDatabase {
  /** postgres://…/qinggao_t_… : a database nobody else uses. */
  url: string;
  name: string;
  /** Ends every connection still open to it and drops it. */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[TEST_PG_URL_VARIABLE];
  if (!url) throw new Error(`PostgreSQL tests need a server: ${postgresSkipReason()}`);
  return url;
}

const withoutPassword = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** One short connection to the server's own database, for CREATE/DROP DATABASE (which cannot run in a transaction). */
async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = serverUrl();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`the PostgreSQL test server ${withoutPassword(url)} (${TEST_PG_URL_VARIABLE}) cannot be reached: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let created = 0;
let reachable: Promise<unknown> | undefined;

export interface TestDatabaseOptions {
  /**
   * The database's collation and character classes; the test cluster's default is C. An office server's is a
   * UTF-8 locale, and some things differ there: pg_trgm finds no trigrams at all in CJK text under LC_CTYPE C.
   * 'C.UTF-8' exists on every Debian.
   */
  locale?: string;
}

/** A fresh, empty database; its name carries the worker's pid so parallel test files never collide. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `qinggao_t_${process.pid}_${++created}_${randomBytes(4).toString('hex')}`;
  const locale = options.locale === undefined ? '' : ` TEMPLATE template0 ENCODING 'UTF8' LOCALE '${options.locale.replace(/'/g, "''")}'`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}${locale}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      // FORCE ends the connections a test left open (a pool not closed after a failure).
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * `describe` for a suite that needs PostgreSQL: skipped when no server is configured,
 * failing at once (every test, with the reason) when one is configured but unreachable.
 */
export function describePostgres(name: string, suite: () => void): void {
  if (!pgAvailable()) {
    describe.skip(name, suite);
    return;
  }
  describe(name, () => {
    // Each test fails on its own (counted as failed, not skipped as after a failed beforeAll), from one attempt per file.
    beforeEach(() => (reachable ??= onServer((client) => client.query('SELECT 1'))));
    suite();
  });
}
