import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';

describe('migration 0007-one-gram-index', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('drops the trigram index of a version-6 library and answers every query length from the rebuilt gram index', () => {
    const library = libraryAtVersion(6, (v6) => {
      v6.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
      const insert = v6.prepare("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at, retired_at) VALUES (?, 1, ?, ?, 'null', '[]', ?, 'now', ?)");
      insert.run(1, 0, '诉源治理', '开通12368热线', null);
      insert.run(2, 1, '并入的稿件', '诉源治理的另一篇', 'merged');
    });
    libraries.push(library);

    const db = library.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%trigram%'").pluck().all();
    expect(names).toEqual([]);
    const hits = db.prepare('SELECT rowid FROM article_grams WHERE article_grams MATCH ? ORDER BY rowid').pluck();
    // Live articles only; digits are split into grams now, so a part of a number is found.
    expect(hits.all('"诉"*')).toEqual([1]);
    expect(hits.all('"诉源 源治 治理"')).toEqual([1]);
    expect(hits.all('"23 36 68"')).toEqual([1]);
    // The triggers feed the new table.
    db.prepare("UPDATE articles SET text = '执行攻坚' WHERE id = 1").run();
    expect(hits.all('"23 36 68"')).toEqual([]);
    expect(hits.all('"执行 行攻"')).toEqual([1]);
    db.prepare('UPDATE articles SET retired_at = NULL WHERE id = 2').run();
    expect(hits.all('"另一"')).toEqual([2]);
    db.exec("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')");
    db.close();
  });
});
