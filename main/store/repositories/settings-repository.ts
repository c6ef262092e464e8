import type { SqlClient } from '../sql/sql-client';

export function createSettingReads(sql: SqlClient) {
  return {
    async all(): Promise<Record<string, unknown>> {
      const result: Record<string, unknown> = {};
      for (const row of await sql.all<{ key: string; valueJson: string }>('SELECT key, value_json AS "valueJson" FROM settings')) result[row.key] = JSON.parse(row.valueJson);
      return result;
    },
  };
}

export function createSettingWrites(sql: SqlClient) {
  return {
    put: async (key: string, value: unknown) =>
      (await sql.run('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json', [key, JSON.stringify(value)])).changes,
  };
}
