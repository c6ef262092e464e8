// Test support (stand-in until h/pgcluster's fixture lands): a fresh, empty
// database on the test server named by QINGGAO_TEST_PG_URL, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_PG_URL = process.env.QINGGAO_TEST_PG_URL;
export const NO_TEST_SERVER = 'QINGGAO_TEST_PG_URL is not set: no PostgreSQL server to test against';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_PG_URL) throw new Error(NO_TEST_SERVER);
  const name = `qinggao_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
