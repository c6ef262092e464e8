import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0005: the engine's tag suggestions kept with the article
// (`suggestions_json`, NULL until computed), and the suggestions the editor
// rejected, which go with their article.
export async function migration0005StoredSuggestions(sql: SqlClient): Promise<void> {
  await sql.exec(`
    ALTER TABLE articles ADD COLUMN suggestions_json TEXT COLLATE "C";
    CREATE TABLE rejected_tags (
      article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      type TEXT COLLATE "C" NOT NULL CHECK (type IN ('court', 'theme')),
      name TEXT COLLATE "C" NOT NULL,
      PRIMARY KEY (article_id, type, name)
    );
  `);
}
