import type { Database } from 'better-sqlite3';

// The first schema: pages, their articles, every article revision, the court and
// theme vocabularies, article tags, settings, and the full-text indexes.
export function migration0001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      raw TEXT NOT NULL,
      encoding TEXT,
      publication TEXT,
      issue_date TEXT,
      page_label TEXT,
      analysis_json TEXT NOT NULL,
      overrides_json TEXT,
      imported_at TEXT NOT NULL
    );
    CREATE INDEX pages_by_hash ON pages(content_hash);
    CREATE INDEX pages_by_issue ON pages(issue_date, page_label);

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      title TEXT NOT NULL,
      subtitle TEXT,
      byline TEXT,
      dateline TEXT,
      credit TEXT,
      status TEXT NOT NULL DEFAULT 'raw' CHECK (status IN ('raw', 'cleaned', 'proofread', 'published')),
      doc_json TEXT NOT NULL,
      blocks_json TEXT NOT NULL,
      text TEXT NOT NULL,
      revision INTEGER NOT NULL DEFAULT 0,
      edited_by_hand INTEGER NOT NULL DEFAULT 0,
      flags_json TEXT NOT NULL DEFAULT '[]',
      updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_by_page ON articles(page_id, ordinal);
    CREATE INDEX articles_by_status ON articles(status);

    -- WITHOUT ROWID: revisions are always read by (article, revision).
    CREATE TABLE revisions (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      saved_at TEXT NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL,
      title TEXT NOT NULL,
      fields_json TEXT NOT NULL,
      blocks_json TEXT NOT NULL,
      doc_json TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (article_id, revision)
    ) WITHOUT ROWID;

    CREATE TABLE courts (
      name TEXT PRIMARY KEY,
      level TEXT NOT NULL,
      parent TEXT,
      region TEXT,
      aliases_json TEXT NOT NULL DEFAULT '[]',
      position INTEGER NOT NULL
    );

    CREATE TABLE themes (
      name TEXT PRIMARY KEY,
      keywords_json TEXT NOT NULL DEFAULT '[]',
      position INTEGER NOT NULL
    );

    -- Tags name a vocabulary entry by its canonical name without a foreign key:
    -- a tag may outlive a vocabulary edit until the editor merges or renames it.
    CREATE TABLE article_tags (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      type TEXT NOT NULL CHECK (type IN ('court', 'theme')),
      name TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('suggested', 'confirmed')),
      PRIMARY KEY (article_id, type, name)
    ) WITHOUT ROWID;
    CREATE INDEX article_tags_by_name ON article_tags(type, name, article_id);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    );

    -- Trigram index for queries of three or more characters. External content:
    -- the text lives once, in articles; the triggers below keep the index in step.
    CREATE VIRTUAL TABLE article_trigrams USING fts5(
      title, text, content='articles', content_rowid='id', tokenize='trigram'
    );
    CREATE TRIGGER articles_trigrams_insert AFTER INSERT ON articles BEGIN
      INSERT INTO article_trigrams(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_trigrams_delete AFTER DELETE ON articles BEGIN
      INSERT INTO article_trigrams(article_trigrams, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_trigrams_update AFTER UPDATE OF title, text ON articles BEGIN
      INSERT INTO article_trigrams(article_trigrams, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      INSERT INTO article_trigrams(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;

    -- Bigram index for one- and two-character queries, which a trigram index
    -- cannot answer. Contentless (content=''), with contentless_delete so rows can be
    -- removed by rowid alone. Its text is pre-tokenized by qinggao_grams(), an
    -- application function registered on every connection that writes (see
    -- register-functions.ts): a connection without it can read but not write articles.
    CREATE VIRTUAL TABLE article_grams USING fts5(
      title, text, content='', contentless_delete=1, tokenize='unicode61'
    );
    CREATE TRIGGER articles_grams_insert AFTER INSERT ON articles BEGIN
      INSERT INTO article_grams(rowid, title, text) VALUES (new.id, qinggao_grams(new.title), qinggao_grams(new.text));
    END;
    CREATE TRIGGER articles_grams_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_grams WHERE rowid = old.id;
    END;
    CREATE TRIGGER articles_grams_update AFTER UPDATE OF title, text ON articles BEGIN
      DELETE FROM article_grams WHERE rowid = old.id;
      INSERT INTO article_grams(rowid, title, text) VALUES (new.id, qinggao_grams(new.title), qinggao_grams(new.text));
    END;
  `);
}
