import type { Theme } from '../../../core/model/vocabulary';
import type { SqlClient } from '../sql/sql-client';

export function createThemeReads(sql: SqlClient) {
  return {
    list: async (): Promise<Theme[]> =>
      (await sql.all<{ name: string; keywordsJson: string }>('SELECT name, keywords_json AS "keywordsJson" FROM themes ORDER BY position')).map((row) => ({
        name: row.name,
        keywords: JSON.parse(row.keywordsJson) as Theme['keywords'],
      })),
  };
}

export function createThemeWrites(sql: SqlClient) {
  return {
    async replaceAll(themes: readonly Theme[]): Promise<void> {
      await sql.run('DELETE FROM themes');
      for (const [position, theme] of themes.entries()) await sql.run('INSERT INTO themes (name, keywords_json, position) VALUES (?, ?, ?)', [theme.name, JSON.stringify(theme.keywords), position]);
    },
  };
}
