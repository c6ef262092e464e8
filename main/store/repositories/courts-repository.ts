import type { Database } from 'better-sqlite3';
import type { Court } from '../../../core/model/vocabulary';

interface CourtRow {
  name: string;
  level: Court['level'];
  parent: string | null;
  region: string | null;
  aliasesJson: string;
}

export function createCourtReads(db: Database) {
  const all = db.prepare('SELECT name, level, parent, region, aliases_json AS aliasesJson FROM courts ORDER BY position');
  return {
    list: (): Court[] => (all.all() as CourtRow[]).map(({ aliasesJson, ...court }) => ({ ...court, aliases: JSON.parse(aliasesJson) as string[] })),
  };
}

export function createCourtWrites(db: Database) {
  const clear = db.prepare('DELETE FROM courts');
  const insert = db.prepare('INSERT INTO courts (name, level, parent, region, aliases_json, position) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    replaceAll(courts: readonly Court[]): void {
      clear.run();
      courts.forEach((court, position) => insert.run(court.name, court.level, court.parent, court.region, JSON.stringify(court.aliases), position));
    },
  };
}
