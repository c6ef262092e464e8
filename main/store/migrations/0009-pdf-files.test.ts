import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';
import { createSqliteClient } from '../sqlite/sqlite-client';
import { createSqliteSearch } from '../sqlite/sqlite-search';
import { createStore } from '../store';

describe('migration 0009-pdf-files', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('keeps a version-8 library’s text pages as they were and stores a PDF until its last page is removed', async () => {
    const library = libraryAtVersion(8, (v8) => {
      v8.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', '原文', '{}', 'then')").run();
    });
    libraries.push(library);

    const db = library.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const sql = createSqliteClient(db);
    const store = createStore(sql, createSqliteSearch(sql));
    expect((await store.read.pages.get(1))?.raw).toBe('原文');
    expect(await store.read.pdfFiles.sourceOfPage(1)).toBeUndefined();

    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 255]);
    const page = { contentHash: 'x', raw: '原文', encoding: 'pdf', publication: null, issueDate: null, pageLabel: null, analysisJson: '{}', importedAt: 'now', pdfSha256: 'abc' };
    const [first, second] = await store.transaction(async () => {
      await store.write.pdfFiles.insert({ sha256: 'abc', bytes, pageCount: 2, storedAt: 'now' });
      // The same file again is kept once.
      expect(await store.write.pdfFiles.insert({ sha256: 'abc', bytes, pageCount: 2, storedAt: 'later' })).toBe(0);
      return [await store.write.pages.insert({ ...page, source: 'x.pdf (1/2)', pdfPage: 1 }), await store.write.pages.insert({ ...page, source: 'x.pdf (2/2)', pdfPage: 2 })];
    });
    expect(await store.read.pdfFiles.sourceOfPage(second)).toEqual({ sha256: 'abc', pdfPage: 2 });
    expect([...(await store.read.pdfFiles.bytes('abc'))!]).toEqual([...bytes]);

    await store.transaction(() => store.write.pages.remove(first));
    expect(await store.read.pdfFiles.has('abc')).toBe(true);
    await store.transaction(() => store.write.pages.remove(second));
    expect(await store.read.pdfFiles.count()).toBe(0);
    // A page may not point at a PDF that is not stored.
    await expect(store.transaction(() => store.write.pages.insert({ ...page, source: 'y.pdf', pdfSha256: 'missing', pdfPage: 1 }))).rejects.toThrow(/FOREIGN KEY/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
