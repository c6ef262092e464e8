// app:showInFolder shows only what Qinggao itself wrote: the data folder's exports/
// and backups/, and the folders exports went to in this session. Anything else is
// refused, so the renderer cannot use the file manager to open arbitrary paths.
import { join } from 'node:path';
import { isWithinFolder } from './folder-paths';

/** The folders whose contents may be revealed; real paths. */
export function revealableFolders(realDataDir: string, exportedThisSession: Iterable<string>): string[] {
  return [join(realDataDir, 'exports'), join(realDataDir, 'backups'), ...exportedThisSession];
}

/** Whether the real path `path` lies in one of `folders` (pure: the caller resolves the paths). */
export function mayReveal(path: string, folders: readonly string[], platform: NodeJS.Platform = process.platform): boolean {
  return folders.some((folder) => isWithinFolder(folder, path, platform));
}
