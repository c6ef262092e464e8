import type { Database } from 'better-sqlite3';
import type { Court } from '../../../core/model/vocabulary';

interface CourtRow {
  name: string;
  level: Court['level'];
  parent: string | null;
  region: string | null;
  aliasesJson: string;
  /** NULL until the vocabulary service has derived the court list's short forms. */
  derivedAliasesJson: string | null;
  removedAliasesJson: string;
}

function courtFromRow({ aliasesJson, derivedAliasesJson, removedAliasesJson, ...court }: CourtRow): Court {
  const removedAliases = JSON.parse(removedAliasesJson) as string[];
  return {
    ...court,
    aliases: JSON.parse(aliasesJson) as string[],
    ...(derivedAliasesJson === null ? {} : { derivedAliases: JSON.parse(derivedAliasesJson) as string[] }),
    ...(removedAliases.length ? { removedAliases } : {}),
  };
}

export function createCourtReads(db: Database) {
  const all = db.prepare(`
    SELECT name, level, parent, region, aliases_json AS aliasesJson, derived_aliases_json AS derivedAliasesJson, removed_aliases_json AS removedAliasesJson
    FROM courts ORDER BY position
  `);
  return {
    list: (): Court[] => (all.all() as CourtRow[]).map(courtFromRow),
  };
}

export function createCourtWrites(db: Database) {
  const clear = db.prepare('DELETE FROM courts');
  const insert = db.prepare('INSERT INTO courts (name, level, parent, region, aliases_json, derived_aliases_json, removed_aliases_json, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  return {
    replaceAll(courts: readonly Court[]): void {
      clear.run();
      courts.forEach((court, position) =>
        insert.run(
          court.name,
          court.level,
          court.parent,
          court.region,
          JSON.stringify(court.aliases),
          court.derivedAliases ? JSON.stringify(court.derivedAliases) : null,
          JSON.stringify(court.removedAliases ?? []),
          position,
        ),
      );
    },
  };
}
