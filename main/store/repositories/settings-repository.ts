import type { Database } from 'better-sqlite3';

export function createSettingReads(db: Database) {
  const all = db.prepare('SELECT key, value_json AS valueJson FROM settings');
  return {
    all(): Record<string, unknown> {
      const result: Record<string, unknown> = {};
      for (const row of all.all() as { key: string; valueJson: string }[]) result[row.key] = JSON.parse(row.valueJson);
      return result;
    },
  };
}

export function createSettingWrites(db: Database) {
  const put = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  return { put: (key: string, value: unknown) => put.run(key, JSON.stringify(value)).changes };
}
