import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index';
import { POSTGRES_MIGRATIONS } from './index';

const migrationFiles = (dir: string) => readdirSync(dir).filter((name) => /^\d{4}-.*(?<!\.test)\.ts$/.test(name)).sort();

describe('PostgreSQL migrations', () => {
  it('are SQLite’s migrations one for one: same count, order, names and file names', () => {
    expect(POSTGRES_MIGRATIONS.map((migration) => migration.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(migrationFiles(import.meta.dirname)).toEqual(migrationFiles(join(import.meta.dirname, '../../migrations')));
    expect(migrationFiles(import.meta.dirname)).toHaveLength(MIGRATIONS.length);
  });
});
