import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';

describe('migration 0002-gram-prefix-index', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('rebuilds the bigram index of a version-1 library with its articles, and the triggers still feed it', () => {
    const library = libraryAtVersion(1, (v1) => {
      v1.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
      v1.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 0, '旧稿', '{}', '[]', '调解成功', 'now')").run();
    });
    libraries.push(library);

    let backedUpFrom: number | null = null;
    const db = library.open({ beforeMigrating: (_db, from) => (backedUpFrom = from) });
    expect(backedUpFrom).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const gram = db.prepare('SELECT rowid FROM article_grams WHERE article_grams MATCH ?').pluck();
    expect(gram.all('"调"*')).toEqual([1]);
    expect(gram.all('"成功"')).toEqual([1]);
    db.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, '新稿', '{}', '[]', '执行', 'now')").run();
    expect(gram.all('"执"*')).toEqual([2]);
    db.close();
  });
});
