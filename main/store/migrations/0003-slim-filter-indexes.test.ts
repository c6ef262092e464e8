import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';

describe('migration 0003-slim-filter-indexes', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('keeps a version-2 library’s data and answers filters from indexes alone', () => {
    const library = libraryAtVersion(2, (v2) => {
      v2.prepare("INSERT INTO pages (id, source, content_hash, raw, issue_date, page_label, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '2025-06-27', '05版', '{}', 'now')").run();
      v2.prepare("INSERT INTO articles (page_id, ordinal, title, status, doc_json, blocks_json, text, updated_at) VALUES (1, 0, '稿', 'proofread', 'null', '[]', '正文', 'now')").run();
    });
    libraries.push(library);

    const db = library.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM articles WHERE page_id = 1 AND status = ?').pluck().get('proofread')).toBe(1);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan('SELECT id FROM articles WHERE page_id = 1 AND status = \'raw\'')).toMatch(/COVERING INDEX articles_by_page/);
    expect(plan("SELECT p.id FROM pages p WHERE p.issue_date >= '2025-01-01' AND p.page_label = '05版'")).toMatch(/COVERING INDEX pages_by_issue/);
    db.close();
  });
});
