import { afterEach, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/api-error';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/index';
import { createPostgresClient, type PostgresClient } from './postgres-client';
import { postgresSchemaState, postgresSchemaVersion, runPostgresMigrations } from './run-postgres-migrations';
import { createTestDatabase, describePostgres, type TestDatabase } from './test-database.fixture';

describePostgres('runPostgresMigrations', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function database(): Promise<TestDatabase> {
    const created = await createTestDatabase();
    cleanups.push(() => created.drop());
    return created;
  }
  function client(url: string): PostgresClient {
    const sql = createPostgresClient({ connectionString: url, max: 2 });
    cleanups.push(() => sql.close());
    return sql;
  }
  const tables = (sql: PostgresClient) => sql.column<string>('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename');

  it('brings an empty database to the latest version, and leaves a current one alone', async () => {
    const sql = client((await database()).url);
    expect(await postgresSchemaVersion(sql)).toBe(0);
    expect(await postgresSchemaState(sql)).toEqual({ state: 'empty', version: 0, latest: POSTGRES_MIGRATIONS.length });
    const before: number[] = [];
    expect(await runPostgresMigrations(sql, { beforeMigrating: (from) => void before.push(from) })).toEqual({ from: 0, to: POSTGRES_MIGRATIONS.length });
    expect(before).toEqual([]);
    expect(await postgresSchemaVersion(sql)).toBe(POSTGRES_MIGRATIONS.length);
    expect(await tables(sql)).toEqual(['article_presence', 'article_search', 'article_search_words', 'article_tags', 'articles', 'courts', 'pages', 'pdf_files', 'qinggao_schema', 'rejected_tags', 'revisions', 'settings', 'themes']);
    expect(await runPostgresMigrations(sql)).toEqual({ from: POSTGRES_MIGRATIONS.length, to: POSTGRES_MIGRATIONS.length });
    expect(await sql.value('SELECT count(*) FROM qinggao_schema')).toBe(1);
  });

  it('reports an older library and migrates it, announcing the version it starts from', async () => {
    const sql = client((await database()).url);
    await runPostgresMigrations(sql, { migrations: POSTGRES_MIGRATIONS.slice(0, 5) });
    expect(await postgresSchemaState(sql)).toEqual({ state: 'older', version: 5, latest: POSTGRES_MIGRATIONS.length });
    const before: number[] = [];
    expect(await runPostgresMigrations(sql, { beforeMigrating: (from) => void before.push(from) })).toEqual({ from: 5, to: POSTGRES_MIGRATIONS.length });
    expect(before).toEqual([5]);
    expect(await postgresSchemaState(sql)).toEqual({ state: 'current', version: POSTGRES_MIGRATIONS.length, latest: POSTGRES_MIGRATIONS.length });
  });

  it('refuses a library newer than the app with a bilingual message, and changes nothing', async () => {
    const sql = client((await database()).url);
    await runPostgresMigrations(sql);
    await sql.run('UPDATE qinggao_schema SET version = 99');
    const refusal = await runPostgresMigrations(sql).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).code).toBe('unsupported');
    expect((refusal as ApiError).message).toBe(`共享文库的版本（99）比本程序新（${POSTGRES_MIGRATIONS.length}），请升级清稿 / The shared library's schema (99) is newer than this app's (${POSTGRES_MIGRATIONS.length}); please upgrade Qinggao`);
    await expect(postgresSchemaState(sql)).rejects.toThrow(/比本程序新/);
    expect(await postgresSchemaVersion(sql)).toBe(99);
  });

  it('refuses a database that holds other tables and no Qinggao schema, without creating anything', async () => {
    const sql = client((await database()).url);
    await sql.exec('CREATE TABLE invoices (id integer)');
    await expect(postgresSchemaVersion(sql)).rejects.toThrow(/不是清稿文库.*not a Qinggao library/);
    await expect(runPostgresMigrations(sql)).rejects.toThrow(/not a Qinggao library/);
    expect(await tables(sql)).toEqual(['invoices']);
  });

  it('rolls a failing migration back with its version bump, keeping the last good version', async () => {
    const sql = client((await database()).url);
    const failing: PostgresMigration = async (inner) => {
      await inner.exec('CREATE TABLE half_done (id integer)');
      throw new Error('boom');
    };
    await expect(runPostgresMigrations(sql, { migrations: [...POSTGRES_MIGRATIONS, failing] })).rejects.toThrow('boom');
    expect(await postgresSchemaVersion(sql)).toBe(POSTGRES_MIGRATIONS.length);
    expect(await tables(sql)).not.toContain('half_done');
  });

  it('lets only one of two runners opening a new library at once apply each migration; both end at the latest version', async () => {
    const { url } = await database();
    const applied: string[] = [];
    // Each runner's migrations log who applied them; the first one holds the lock a while, so the other must wait on it.
    const loggedBy = (runner: string): PostgresMigration[] =>
      POSTGRES_MIGRATIONS.map((migration, index) => async (sql) => {
        await migration(sql);
        applied.push(`${index + 1} by ${runner}`);
        if (index === 0) await sql.run('SELECT pg_sleep(0.3)');
      });
    const [first, second] = [client(url), client(url)];
    const results = await Promise.all([runPostgresMigrations(first, { migrations: loggedBy('first') }), runPostgresMigrations(second, { migrations: loggedBy('second') })]);
    expect(results.map((result) => result.to)).toEqual([POSTGRES_MIGRATIONS.length, POSTGRES_MIGRATIONS.length]);
    expect(applied.map((entry) => Number(entry.split(' ')[0]))).toEqual(POSTGRES_MIGRATIONS.map((_, index) => index + 1));
    expect(await postgresSchemaVersion(second)).toBe(POSTGRES_MIGRATIONS.length);
    expect(await postgresSchemaVersion(first)).toBe(POSTGRES_MIGRATIONS.length);
  });
});
