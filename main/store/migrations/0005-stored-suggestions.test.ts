import { afterEach, describe, expect, it } from 'vitest';
import { libraryAtVersion, type OlderLibrary } from './library-at-version';

describe('migration 0005-stored-suggestions', () => {
  const libraries: OlderLibrary[] = [];
  afterEach(() => libraries.splice(0).forEach((library) => library.dispose()));

  it('leaves a version-4 library’s articles with no stored suggestions and adds rejections that go with their article', () => {
    const library = libraryAtVersion(4, (v4) => {
      v4.prepare("INSERT INTO pages (id, source, content_hash, raw, analysis_json, imported_at) VALUES (1, 'a.txt', 'h', 'raw', '{}', 'now')").run();
      v4.prepare("INSERT INTO articles (id, page_id, ordinal, title, doc_json, blocks_json, text, updated_at) VALUES (1, 1, 0, '稿', 'null', '[]', '正文', 'now')").run();
    });
    libraries.push(library);

    const db = library.open();
    expect(db.prepare('SELECT title, suggestions_json AS suggestionsJson FROM articles').get()).toEqual({ title: '稿', suggestionsJson: null });
    db.prepare("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'theme', '司法改革')").run();
    expect(() => db.prepare("INSERT INTO rejected_tags (article_id, type, name) VALUES (1, 'topic', '无')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM rejected_tags').pluck().get()).toBe(0);
    db.close();
  });
});
