import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { localDateTimeStamp } from './local-file-stamp';

/** A fresh folder under <dataDir>/exports/ named after the local date and time; a second export in the same second gets ` (2)`. */
export function newExportDirectory(dataDir: string, now = new Date()): string {
  const base = join(dataDir, 'exports');
  const stamp = localDateTimeStamp(now);
  let directory = join(base, stamp);
  for (let counter = 2; existsSync(directory); counter++) directory = join(base, `${stamp} (${counter})`);
  mkdirSync(directory, { recursive: true });
  return directory;
}
