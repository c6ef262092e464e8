import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';

describe('migration 0004-article-identity', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('keeps a version-3 library’s articles live and searchable; retiring one takes it out of search and the live indexes', () => {
    const library = libraryAtVersion(3, (v3) => {
      v3.prepare("INSERT INTO pages (id, source, content_hash, raw, issue_date, page_label, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '2025-06-27', '05版', '{}', 'now')").run();
      const insert = v3.prepare("INSERT INTO articles (id, page_id, ordinal, title, status, doc_json, blocks_json, text, updated_at) VALUES (?, 1, ?, ?, 'raw', 'null', '[]', ?, 'now')");
      insert.run(1, 0, '第一篇稿件', '巡回法庭审理案件');
      insert.run(2, 1, '第二篇稿件', '巡回法庭调解纠纷');
    });
    libraries.push(library);

    const db = library.open();
    expect(db.prepare('SELECT id, anchor_line AS anchorLine, retired_at AS retiredAt FROM articles ORDER BY id').all()).toEqual([
      { id: 1, anchorLine: null, retiredAt: null },
      { id: 2, anchorLine: null, retiredAt: null },
    ]);
    // Since 0007 one gram index answers long queries too, as a phrase of bigrams.
    const phraseHits = () => db.prepare("SELECT rowid FROM article_grams WHERE article_grams MATCH '\"巡回 回法 法庭\"' ORDER BY rowid").pluck().all();
    const gramHits = () => db.prepare("SELECT rowid FROM article_grams WHERE article_grams MATCH '\"调解\"' ORDER BY rowid").pluck().all();
    expect(phraseHits()).toEqual([1, 2]);
    expect(gramHits()).toEqual([2]);

    db.prepare("UPDATE articles SET retired_at = 'now' WHERE id = 2").run();
    expect(phraseHits()).toEqual([1]);
    expect(gramHits()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM articles INDEXED BY live_articles_by_status WHERE retired_at IS NULL').pluck().get()).toBe(1);
    // An edit to a retired article leaves the indexes alone; reviving it indexes it again.
    db.prepare("UPDATE articles SET text = '巡回法庭调解纠纷之后' WHERE id = 2").run();
    expect(phraseHits()).toEqual([1]);
    db.prepare('UPDATE articles SET retired_at = NULL WHERE id = 2').run();
    expect(phraseHits()).toEqual([1, 2]);
    expect(gramHits()).toEqual([2]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(phraseHits()).toEqual([1]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')");

    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan('SELECT id FROM articles WHERE page_id = 1 AND retired_at IS NULL ORDER BY ordinal')).toMatch(/COVERING INDEX live_articles_by_page/);
    db.close();
  });
});
