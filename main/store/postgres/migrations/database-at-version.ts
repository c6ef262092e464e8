// Test support for the PostgreSQL migration tests: a fresh database on the test
// server brought to an older schema version, seeded, then migrated the way the app
// migrates a shared library.
import { createPostgresClient, type PostgresClient } from '../postgres-client';
import { runPostgresMigrations } from '../run-postgres-migrations';
import { createTestDatabase } from '../test-database.fixture';
import { POSTGRES_MIGRATIONS } from './index';

export interface OlderDatabase {
  url: string;
  sql: PostgresClient;
  /** Runs the remaining migrations, as the app does on opening. */
  migrate(): Promise<{ from: number; to: number }>;
  dispose(): Promise<void>;
}

export async function databaseAtVersion(version: number, seed: (sql: PostgresClient) => Promise<void> = async () => undefined): Promise<OlderDatabase> {
  const database = await createTestDatabase();
  const sql = createPostgresClient({ connectionString: database.url, max: 4 });
  await runPostgresMigrations(sql, { migrations: POSTGRES_MIGRATIONS.slice(0, version) });
  await seed(sql);
  return {
    url: database.url,
    sql,
    migrate: () => runPostgresMigrations(sql),
    async dispose() {
      await sql.close();
      await database.drop();
    },
  };
}
