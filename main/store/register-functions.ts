import type { Database } from 'better-sqlite3';
import { toSearchGrams } from './search-grams';

/** Application SQL functions the schema's triggers call; register on every connection before writing. */
export function registerFunctions(db: Database): void {
  db.function('qinggao_grams', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? toSearchGrams(text) : ''));
}
