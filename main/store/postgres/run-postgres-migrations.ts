// Brings a PostgreSQL library up to this app's schema. Several laptops may open a
// new or older shared library at the same moment, so every step is serialized on
// the server: each migration runs in its own transaction (PostgreSQL DDL is
// transactional) that first takes a transaction-scoped advisory lock and only
// then reads the version. A second runner waits at the lock, then sees the
// version the first one committed and skips what is done; a failing migration
// rolls back with its version bump, leaving the last good version.
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';
import type { SqlClient } from '../sql/sql-client';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/index';

/** Any fixed number will do, as long as every Qinggao version uses the same one: it names "migrating this database". */
const MIGRATION_LOCK = 7_105_871_303_040_111;

const SCHEMA_TABLE = `
  CREATE TABLE IF NOT EXISTS qinggao_schema (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version INTEGER NOT NULL
  );
  INSERT INTO qinggao_schema (version) VALUES (0) ON CONFLICT (only_row) DO NOTHING;
`;

/**
 * The library's schema version: 0 for an empty database (a new shared library).
 * A database that holds other tables but no Qinggao schema is someone else's and is refused.
 */
export async function postgresSchemaVersion(sql: SqlClient): Promise<number> {
  // One statement, one snapshot: another app migrating this database at the same moment must not be seen
  // half (its tables without its schema version, which it commits together with them).
  const seen = (await sql.get<{ hasSchemaTable: boolean; tables: number }>(
    `SELECT to_regclass('qinggao_schema') IS NOT NULL AS "hasSchemaTable",
            (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()) AS "tables"`,
  ))!;
  if (seen.hasSchemaTable) return (await sql.value<number>('SELECT version FROM qinggao_schema')) ?? 0;
  const { tables } = seen;
  if (tables > 0) {
    throw new ApiError(
      'invalid',
      bilingual(`这个数据库不是清稿文库（有 ${tables} 个其他表，没有清稿的版本记录），请选择一个空数据库或清稿的共享文库`, `This database is not a Qinggao library (it has ${tables} other tables and no Qinggao schema version); choose an empty database or a Qinggao shared library`),
    );
  }
  return 0;
}

export type PostgresSchemaState = { state: 'empty' | 'older' | 'current'; version: number; latest: number };

/**
 * Where the library stands against this app, for the caller to decide (the app
 * migrates an empty or older library; a read-only user cannot). A newer library
 * is refused: this app would not know its tables.
 */
export async function postgresSchemaState(sql: SqlClient, latest = POSTGRES_MIGRATIONS.length): Promise<PostgresSchemaState> {
  const version = await postgresSchemaVersion(sql);
  if (version > latest) throw newerLibraryError(version, latest);
  return { state: version === 0 ? 'empty' : version < latest ? 'older' : 'current', version, latest };
}

function newerLibraryError(version: number, latest: number): ApiError {
  return new ApiError(
    'unsupported',
    bilingual(`共享文库的版本（${version}）比本程序新（${latest}），请升级清稿`, `The shared library's schema (${version}) is newer than this app's (${latest}); please upgrade Qinggao`),
    { version, latest },
  );
}

export interface PostgresMigrationOptions {
  migrations?: readonly PostgresMigration[];
  /** Runs once, before this runner applies the first migration to a library that already had a version (0 excluded). */
  beforeMigrating?: (fromVersion: number) => Promise<void> | void;
}

/** Migrates to the latest version; returns the version found and the version reached. */
export async function runPostgresMigrations(sql: SqlClient, options: PostgresMigrationOptions = {}): Promise<{ from: number; to: number }> {
  const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
  const latest = migrations.length;
  const from = (await postgresSchemaState(sql, latest)).version;
  let announced = false;
  for (;;) {
    const done = await sql.transaction(async () => {
      await sql.run('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      // Read after the lock: this statement sees whatever the runner that held it committed.
      await sql.exec(SCHEMA_TABLE);
      const version = (await sql.value<number>('SELECT version FROM qinggao_schema'))!;
      if (version > latest) throw newerLibraryError(version, latest);
      if (version === latest) return true;
      if (!announced && version > 0) await options.beforeMigrating?.(version);
      announced = true;
      await migrations[version](sql);
      await sql.run('UPDATE qinggao_schema SET version = ?', [version + 1]);
      return false;
    });
    if (done) return { from, to: latest };
  }
}
