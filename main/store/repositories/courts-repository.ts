import type { Court } from '../../../core/model/vocabulary';
import type { SqlClient } from '../sql/sql-client';

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

export function createCourtReads(sql: SqlClient) {
  return {
    list: async (): Promise<Court[]> =>
      (
        await sql.all<CourtRow>(
          `SELECT name, level, parent, region, aliases_json AS "aliasesJson", derived_aliases_json AS "derivedAliasesJson", removed_aliases_json AS "removedAliasesJson"
           FROM courts ORDER BY position`,
        )
      ).map(courtFromRow),
  };
}

export function createCourtWrites(sql: SqlClient) {
  return {
    async replaceAll(courts: readonly Court[]): Promise<void> {
      await sql.run('DELETE FROM courts');
      for (const [position, court] of courts.entries())
        await sql.run('INSERT INTO courts (name, level, parent, region, aliases_json, derived_aliases_json, removed_aliases_json, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          court.name,
          court.level,
          court.parent,
          court.region,
          JSON.stringify(court.aliases),
          court.derivedAliases ? JSON.stringify(court.derivedAliases) : null,
          JSON.stringify(court.removedAliases ?? []),
          position,
        ]);
    },
  };
}
