import type { Database } from 'better-sqlite3';

// The engine's tag suggestions, kept with the article instead of recomputed on
// every open (they cost ~20 ms on a long article): `suggestions_json` is written
// on import, on re-assembly and when a save changes the text; NULL means not yet
// computed (articles from before this migration), filled in on first read.
// `rejected_tags` remembers the suggestions the editor dropped, so they do not
// come back on the next load.
export function migration0005StoredSuggestions(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN suggestions_json TEXT;
    CREATE TABLE rejected_tags (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      type TEXT NOT NULL CHECK (type IN ('court', 'theme')),
      name TEXT NOT NULL,
      PRIMARY KEY (article_id, type, name)
    ) WITHOUT ROWID;
  `);
}
