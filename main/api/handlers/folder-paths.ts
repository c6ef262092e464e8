// Path checks that symlinks and `..` cannot fool: compare real paths, and for a
// folder not made yet, the real path of the nearest folder that exists.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** The real path `path` would have: its nearest existing ancestor resolved (symlinks followed), the missing rest appended. */
export function realPathOfNearestExisting(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync.native(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return join(current, ...missing.reverse());
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** Whether `path` is `folder` or lies inside it; both real paths. Windows and macOS compare without case, as their file systems do. */
export function isWithinFolder(folder: string, path: string, platform: NodeJS.Platform = process.platform): boolean {
  const fold = (text: string) => (platform === 'win32' || platform === 'darwin' ? text.toLowerCase() : text);
  const parent = fold(folder.endsWith(sep) ? folder.slice(0, -1) : folder);
  const child = fold(path);
  return child === parent || child.startsWith(parent + sep) || (parent === '' && child.startsWith(sep));
}
