import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';

describe('migration 0011-search-filter-columns', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('moves a version-10 library to version 11 with every table and row as it was, and takes no backup for it', () => {
    const library = libraryAtVersion(10, (v10) => {
      v10.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'then')").run();
      v10.prepare("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '诉源治理', 'then')").run();
    });
    libraries.push(library);
    const schemaOf = (db: BetterSqlite3.Database) => db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const raw = new BetterSqlite3(library.file, { readonly: true });
    const before = schemaOf(raw);
    raw.close();

    const backups: number[] = [];
    const db = library.open({ beforeMigrating: (_db, from) => backups.push(from) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(schemaOf(db)).toEqual(before);
    expect(db.prepare("SELECT rowid FROM article_grams WHERE article_grams MATCH '诉源'").pluck().all()).toEqual([1]);
    expect(backups).toEqual([]);
    db.close();
  });

  it('still takes the backup when an older library has migrations that do change it pending too', () => {
    const library = libraryAtVersion(9, () => undefined);
    libraries.push(library);
    const backups: number[] = [];
    library.open({ beforeMigrating: (_db, from) => backups.push(from) }).close();
    expect(backups).toEqual([9]);
  });
});
