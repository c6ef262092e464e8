import type { Database } from 'better-sqlite3';

// Articles keep their identity when the editor re-assembles a page:
// - `anchor_line` is the raw line an article starts on (see page-service.ts);
// - `retired_at` marks an article merged away by a re-assembly. Its record and
//   revisions stay (restorable, and revived if the article comes back), but it
//   leaves listings and search.
// The live indexes are partial (retired articles are not in them) and carry
// `retired_at` as a column so that a query saying `retired_at IS NULL` is still
// answered from the index alone. The full `articles_by_page` stays for the
// foreign key and for the page's records, retired ones included.
// The full-text triggers now index live articles only.
export function migration0004ArticleIdentity(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN anchor_line INTEGER;
    ALTER TABLE articles ADD COLUMN retired_at TEXT;
    CREATE INDEX live_articles_by_page ON articles(page_id, ordinal, status, retired_at) WHERE retired_at IS NULL;
    CREATE INDEX live_articles_by_status ON articles(status, retired_at) WHERE retired_at IS NULL;

    DROP TRIGGER articles_trigrams_delete;
    DROP TRIGGER articles_trigrams_update;
    DROP TRIGGER articles_grams_update;
    CREATE TRIGGER articles_trigrams_delete AFTER DELETE ON articles WHEN old.retired_at IS NULL BEGIN
      INSERT INTO article_trigrams(article_trigrams, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    -- An external-content FTS5 table must only be told to delete what it holds, hence the WHERE on each side.
    CREATE TRIGGER articles_trigrams_update AFTER UPDATE OF title, text, retired_at ON articles BEGIN
      INSERT INTO article_trigrams(article_trigrams, rowid, title, text) SELECT 'delete', old.id, old.title, old.text WHERE old.retired_at IS NULL;
      INSERT INTO article_trigrams(rowid, title, text) SELECT new.id, new.title, new.text WHERE new.retired_at IS NULL;
    END;
    CREATE TRIGGER articles_grams_update AFTER UPDATE OF title, text, retired_at ON articles BEGIN
      DELETE FROM article_grams WHERE rowid = old.id;
      INSERT INTO article_grams(rowid, title, text) SELECT new.id, qinggao_grams(new.title), qinggao_grams(new.text) WHERE new.retired_at IS NULL;
    END;
  `);
}
