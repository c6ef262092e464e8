import { afterEach, describe, expect, it } from 'vitest';
import { createCourtReads, createCourtWrites } from '../repositories/courts-repository';
import { createSqliteClient } from '../sqlite/sqlite-client';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';

describe('migration 0008-court-alias-origins', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('keeps a version-7 library’s courts and their aliases, marked as not derived yet', async () => {
    const library = libraryAtVersion(7, (v7) => {
      v7.prepare("INSERT INTO courts (name, level, parent, region, aliases_json, position) VALUES ('赤峰市中级人民法院', 'intermediate', NULL, '赤峰市', '[\"赤峰中院\"]', 0)").run();
    });
    libraries.push(library);
    const db = library.open();
    const sql = createSqliteClient(db);
    expect(await createCourtReads(sql).list()).toEqual([{ name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: ['赤峰中院'] }]);
    await createCourtWrites(sql).replaceAll([{ name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: ['赤峰中院'], derivedAliases: ['赤峰中级法院'], removedAliases: ['赤峰市中级法院'] }]);
    expect((await createCourtReads(sql).list())[0]).toMatchObject({ derivedAliases: ['赤峰中级法院'], removedAliases: ['赤峰市中级法院'] });
    db.close();
  });
});
