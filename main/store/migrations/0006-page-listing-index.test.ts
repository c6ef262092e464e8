import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { createPageReads } from '../repositories/pages-repository';
import { createSqliteClient } from '../sqlite/sqlite-client';

describe('migration 0006-page-listing-index', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('lists a version-5 library’s pages with their live article counts without reading the pages table', async () => {
    const library = libraryAtVersion(5, (v5) => {
      const page = v5.prepare("INSERT INTO pages (id, source, content_hash, raw, publication, issue_date, page_label, analysis_json, imported_at) VALUES (?, ?, 'h', 'raw', '人民法院报', ?, ?, '{}', 'then')");
      page.run(1, 'a.txt', '2025-06-27', '05版');
      page.run(2, 'b.txt', '2025-06-28', '01版');
      page.run(3, 'c.txt', null, null);
      const article = v5.prepare("INSERT INTO articles (page_id, ordinal, title, doc_json, blocks_json, text, updated_at, retired_at) VALUES (?, ?, '稿', 'null', '[]', '正文', 'now', ?)");
      article.run(1, 0, null);
      article.run(1, 1, null);
      article.run(1, 2, 'merged');
      article.run(2, 0, null);
    });
    libraries.push(library);

    const db = library.open();
    expect((await createPageReads(createSqliteClient(db)).summaries()).map((summary) => [summary.id, summary.source, summary.publication, summary.articleCount, summary.importedAt])).toEqual([
      [2, 'b.txt', '人民法院报', 1, 'then'],
      [1, 'a.txt', '人民法院报', 2, 'then'],
      [3, 'c.txt', '人民法院报', 0, 'then'],
    ]);
    // The order pages-repository asks for (NULLS spelled out for PostgreSQL): still the index's own.
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT p.id, p.source, p.publication, p.imported_at FROM pages p INDEXED BY pages_listing ORDER BY p.issue_date DESC NULLS LAST, p.page_label NULLS FIRST, p.id`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan).toMatch(/COVERING INDEX pages_listing/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
