// Stored page overrides are read back through the same strict schema that
// pages:setOverrides writes them with: a row written by an older version, or
// edited by hand, must never reach assemblePage in a shape it cannot read.
// Whatever is valid is kept entry by entry; the rest is named so the editor can
// be told what was set aside.
import type { PageOverrides } from './page-analysis';
import { pageOverridesSchema } from './page-overrides-schema';

export interface SalvagedOverrides {
  /** The valid part; null when nothing valid is left. */
  overrides: PageOverrides | null;
  /** Where each dropped part was, as `breaks.12`, `articleStarts[3]`, `colour`; empty when all was valid. */
  dropped: string[];
}

const RECORD_KEYS = ['breaks', 'roles', 'normalization'] as const;
const LIST_KEYS = ['articleStarts', 'undoMoves'] as const;
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function salvagePageOverrides(stored: unknown): SalvagedOverrides {
  if (stored === null || stored === undefined) return { overrides: null, dropped: [] };
  if (!isPlainObject(stored)) return { overrides: null, dropped: ['(overrides)'] };
  const whole = pageOverridesSchema.safeParse(stored);
  if (whole.success) return { overrides: Object.keys(whole.data).length ? whole.data : null, dropped: [] };

  const { shape } = pageOverridesSchema;
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if ((RECORD_KEYS as readonly string[]).includes(key)) {
      const field = shape[key as (typeof RECORD_KEYS)[number]];
      if (!isPlainObject(value)) {
        dropped.push(key);
        continue;
      }
      const entries = Object.entries(value).filter(([entryKey, entryValue]) => {
        const valid = field.safeParse({ [entryKey]: entryValue }).success;
        if (!valid) dropped.push(`${key}.${entryKey}`);
        return valid;
      });
      if (entries.length) kept[key] = Object.fromEntries(entries);
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const field = shape[key as (typeof LIST_KEYS)[number]];
      if (!Array.isArray(value)) {
        dropped.push(key);
        continue;
      }
      const items = value.filter((item, position) => {
        const valid = field.safeParse([item]).success;
        if (!valid) dropped.push(`${key}[${position}]`);
        return valid;
      });
      if (items.length) kept[key] = items;
    } else {
      dropped.push(key);
    }
  }
  // Each part passed on its own; the whole is checked once more so what comes out is exactly what the schema accepts.
  const salvaged = pageOverridesSchema.safeParse(kept);
  if (!salvaged.success) return { overrides: null, dropped: ['(overrides)'] };
  return { overrides: Object.keys(salvaged.data).length ? salvaged.data : null, dropped };
}
