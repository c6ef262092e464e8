import type { Database } from 'better-sqlite3';

// A one-character prefix index on the bigram table, so a one-character query
// (`字*`) reads one doclist instead of merging every bigram that starts with it.
// FTS5 prefix lengths count characters, not bytes. FTS5 cannot add a prefix
// index to an existing table, so the table is rebuilt from the articles.
export function migration0002GramPrefixIndex(db: Database): void {
  db.exec(`
    DROP TABLE article_grams;
    CREATE VIRTUAL TABLE article_grams USING fts5(
      title, text, content='', contentless_delete=1, tokenize='unicode61', prefix='1'
    );
    INSERT INTO article_grams(rowid, title, text) SELECT id, qinggao_grams(title), qinggao_grams(text) FROM articles;
  `);
}
