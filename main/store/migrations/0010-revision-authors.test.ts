import { afterEach, describe, expect, it } from 'vitest';
import { expectRevisionAuthors } from './revision-authors.fixture';
import { createSqliteClient } from '../sqlite/sqlite-client';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';
import { LATEST_VERSION } from './index';

describe('migration 0010-revision-authors', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('keeps a version-9 library’s revisions, saved by no one, and records who saves from then on', async () => {
    const library = libraryAtVersion(9, (v9) => {
      v9.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'then')").run();
      v9.prepare("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '正文', 'then')").run();
      v9.prepare("INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text) VALUES (1, 1, 'then', 'import', 'raw', '稿', '{}', '[]', 'null', '正文')").run();
    });
    libraries.push(library);

    const db = library.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const sql = createSqliteClient(db);
    await expectRevisionAuthors(sql);
    db.close();
  });
});
