// After migration N, the PostgreSQL library has SQLite's tables at N: the same
// columns (nullability, defaults), primary keys, foreign keys and named indexes.
// Only the full-text index differs by design (FTS5 tables there, article_search and
// article_search_words here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index';
import { registerFunctions } from '../../register-functions';
import { runMigrations } from '../../run-migrations';
import { createPostgresClient, type PostgresClient } from '../postgres-client';
import { runPostgresMigrations } from '../run-postgres-migrations';
import { createTestDatabase, describePostgres, type TestDatabase } from '../test-database.fixture';
import { POSTGRES_MIGRATIONS } from './index';

interface TableShape {
  columns: { name: string; notNull: boolean; default: string | null }[];
  primaryKey: string[];
  foreignKeys: string[];
}
type Shape = { tables: Record<string, TableShape>; indexes: string[] };

// What one engine has for itself: SQLite's FTS tables; PostgreSQL's search index, schema version and who-has-what-open (migration 0010).
const ENGINE_ONLY = /^(article_grams|article_trigrams|sqlite_|article_search$|article_search_words$|article_presence$|qinggao_schema$)/;
/** A default as written in the schema: PostgreSQL adds casts, SQLite keeps the text. */
const normalizeDefault = (value: string | null) => (value === null ? null : value.replace(/::text$/, ''));

function sqliteShape(db: Database): Shape {
  const tables: Record<string, TableShape> = {};
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of names.filter((name) => !ENGINE_ONLY.test(name))) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number; dflt_value: string | null; pk: number }[];
    const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string; to: string; on_delete: string }[];
    tables[table] = {
      // A SQLite primary-key column is NOT NULL in PostgreSQL; compare them as such.
      columns: columns.map((column) => ({ name: column.name, notNull: column.notnull === 1 || column.pk > 0, default: normalizeDefault(column.dflt_value) })),
      primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
      foreignKeys: foreignKeys.map((key) => `${key.from} → ${key.table}(${key.to}) ON DELETE ${key.on_delete}`).sort(),
    };
  }
  const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[];
  return { tables, indexes };
}

async function postgresShape(sql: PostgresClient): Promise<Shape> {
  const tables: Record<string, TableShape> = {};
  const names = await sql.column<string>('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name');
  for (const table of names.filter((name) => !ENGINE_ONLY.test(name))) {
    const columns = await sql.all<{ name: string; nullable: string; default: string | null }>(
      'SELECT column_name AS "name", is_nullable AS "nullable", column_default AS "default" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position',
      [table],
    );
    const primaryKey = await sql.column<string>(
      `SELECT a.attname FROM pg_index i JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON TRUE
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
       WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.position`,
      [table],
    );
    const foreignKeys = await sql.column<string>(
      `SELECT a.attname || ' → ' || r.relname || '(' || ra.attname || ') ON DELETE ' ||
              CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' ELSE 'SET DEFAULT' END
       FROM pg_constraint c JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
       WHERE c.conrelid = ?::regclass AND c.contype = 'f'`,
      [table],
    );
    tables[table] = {
      columns: columns.map((column) => ({
        name: column.name,
        notNull: column.nullable === 'NO',
        // An identity has no default in information_schema, as SQLite's INTEGER PRIMARY KEY has none.
        default: normalizeDefault(column.default),
      })),
      primaryKey,
      foreignKeys: foreignKeys.sort(),
    };
  }
  const indexes = await sql.column<string>(
    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND tablename NOT IN ('article_search', 'article_search_words', 'article_presence', 'qinggao_schema') ORDER BY indexname",
  );
  return { tables, indexes };
}

describePostgres('PostgreSQL schema against SQLite’s, version by version', () => {
  let database: TestDatabase;
  let sql: PostgresClient;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    sql = createPostgresClient({ connectionString: database.url, max: 2 });
    dir = mkdtempSync(join(tmpdir(), 'qinggao-parity-'));
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the same tables, columns, keys and indexes after every migration', async () => {
    const sqlite = new BetterSqlite3(join(dir, 'library.sqlite'));
    registerFunctions(sqlite);
    for (let version = 1; version <= MIGRATIONS.length; version++) {
      runMigrations(sqlite, { migrations: MIGRATIONS.slice(0, version) });
      await runPostgresMigrations(sql, { migrations: POSTGRES_MIGRATIONS.slice(0, version) });
      const expected = sqliteShape(sqlite);
      expect({ version, ...(await postgresShape(sql)) }).toEqual({ version, ...expected });
    }
    expect(Object.keys(sqliteShape(sqlite).tables)).toContain('pdf_files');
    sqlite.close();
  });
});
