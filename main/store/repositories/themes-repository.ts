import type { Database } from 'better-sqlite3';
import type { Theme } from '../../../core/model/vocabulary';

export function createThemeReads(db: Database) {
  const all = db.prepare('SELECT name, keywords_json AS keywordsJson FROM themes ORDER BY position');
  return {
    list: (): Theme[] => (all.all() as { name: string; keywordsJson: string }[]).map((row) => ({ name: row.name, keywords: JSON.parse(row.keywordsJson) as Theme['keywords'] })),
  };
}

export function createThemeWrites(db: Database) {
  const clear = db.prepare('DELETE FROM themes');
  const insert = db.prepare('INSERT INTO themes (name, keywords_json, position) VALUES (?, ?, ?)');
  return {
    replaceAll(themes: readonly Theme[]): void {
      clear.run();
      themes.forEach((theme, position) => insert.run(theme.name, JSON.stringify(theme.keywords), position));
    },
  };
}
