import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '.pdf']);

/** Files as given, and every `.txt`/`.md`/`.pdf` under each folder (recursively), in name order. */
export function collectPageFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files;
}

function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((left, right) => left.name.localeCompare(right.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile() && PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
