import { afterEach, expect, it } from 'vitest';
import { describePostgres } from '../test-database.fixture';
import { databaseAtVersion, type OlderDatabase } from './database-at-version';

describePostgres('PostgreSQL migration 0008-court-alias-origins', () => {
  const databases: OlderDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.dispose();
  });

  it('keeps a version-7 library’s courts and their aliases, marked as not derived yet', async () => {
    const database = await databaseAtVersion(7, async (v7) => {
      await v7.run("INSERT INTO courts (name, level, parent, region, aliases_json, position) VALUES ('赤峰市中级人民法院', 'intermediate', NULL, '赤峰市', '[\"赤峰中院\"]', 0)");
    });
    databases.push(database);
    await database.migrate();
    const { sql } = database;
    const court = 'SELECT aliases_json AS "aliasesJson", derived_aliases_json AS "derivedAliasesJson", removed_aliases_json AS "removedAliasesJson" FROM courts';
    expect(await sql.get(court)).toEqual({ aliasesJson: '["赤峰中院"]', derivedAliasesJson: null, removedAliasesJson: '[]' });
    await sql.run("UPDATE courts SET derived_aliases_json = '[\"赤峰中级法院\"]', removed_aliases_json = '[\"赤峰市中级法院\"]'");
    expect(await sql.get(court)).toEqual({ aliasesJson: '["赤峰中院"]', derivedAliasesJson: '["赤峰中级法院"]', removedAliasesJson: '["赤峰市中级法院"]' });
    await expect(sql.run("INSERT INTO courts (name, level, position, removed_aliases_json) VALUES ('某法院', 'basic', 1, NULL)")).rejects.toThrow(/not-null/);
  });
});
