import type { Database } from 'better-sqlite3';
import { DATA_FREE_MIGRATIONS, MIGRATIONS, type Migration } from './migrations/index';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the latest schema, one transaction per migration so a
 * failure leaves it at the last good version. `beforeMigrating` runs once, before
 * the first pending migration (the backup service takes a copy there), unless
 * every pending one changes no data.
 */
export function runMigrations(db: Database, options: { migrations?: readonly Migration[]; beforeMigrating?: (fromVersion: number) => void } = {}): number {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = schemaVersion(db);
  if (current > migrations.length) throw new Error(`Library schema ${current} is newer than this app (${migrations.length}).`);
  const pending = migrations.slice(current);
  if (current > 0 && pending.some((migration) => !DATA_FREE_MIGRATIONS.has(migration))) options.beforeMigrating?.(current);
  for (let version = current + 1; version <= migrations.length; version++) {
    db.transaction(() => {
      migrations[version - 1](db);
      // user_version is part of the database header, so it commits or rolls back with the migration.
      db.pragma(`user_version = ${version}`);
    })();
  }
  return migrations.length;
}
