import type { Database } from 'better-sqlite3';

// One full-text index instead of two. The trigram table answered queries of
// three or more characters; the gram table now answers those too, as phrases of
// bigrams (see store/search-grams.ts), and splits letters and digits into grams
// as it does ideographs. Keeping both made every saved or imported article feed
// three token streams (trigrams, bigrams and the bigrams' prefix index); import
// spent about a fifth of its time on the trigram table alone.
// The gram table is rebuilt because its tokenization changed; as in 0002, FTS5
// cannot change a table in place. The insert, delete and update triggers on
// articles name the table and keep feeding the new one.
export function migration0007OneGramIndex(db: Database): void {
  db.exec(`
    DROP TRIGGER articles_trigrams_insert;
    DROP TRIGGER articles_trigrams_delete;
    DROP TRIGGER articles_trigrams_update;
    DROP TABLE article_trigrams;

    DROP TABLE article_grams;
    CREATE VIRTUAL TABLE article_grams USING fts5(
      title, text, content='', contentless_delete=1, tokenize='unicode61', prefix='1'
    );
    INSERT INTO article_grams(rowid, title, text)
      SELECT id, qinggao_grams(title), qinggao_grams(text) FROM articles WHERE retired_at IS NULL;
  `);
}
