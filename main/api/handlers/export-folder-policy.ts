// Which folders an export requested over the API may write into. The CLI takes any
// folder (it is the editor's own shell, see main/cli/export-command.ts); a request
// from the renderer, over IPC or HTTP, names only:
//   - the data folder's exports/ (the default) and folders under it,
//   - the editor's Documents and Desktop (also 文档/桌面 and the XDG user folders),
//   - on the desktop app, a folder picked with the system's folder picker this session,
// and never the data folder itself, its backups/ or other contents, nor a folder
// that contains the data folder. Paths are compared as real paths, so `..` and
// symlinks cannot lead outside.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';
import { isWithinFolder, realPathOfNearestExisting } from './folder-paths';

export interface ExportFolderRules {
  dataDir: string;
  homeDir: string;
  /** Folders picked with the system's folder picker in this session (desktop app only). */
  pickedFolders: Iterable<string>;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** `XDG_DOCUMENTS_DIR="$HOME/文档"` and the like, from the user's user-dirs.dirs, when there is one. */
function xdgUserFolders(homeDir: string, env: NodeJS.ProcessEnv): string[] {
  const file = join(env.XDG_CONFIG_HOME ?? join(homeDir, '.config'), 'user-dirs.dirs');
  if (!existsSync(file)) return [];
  const folders: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^XDG_(DOCUMENTS|DESKTOP)_DIR="(.+)"\s*$/.exec(line.trim());
    if (!match) continue;
    const folder = match[2].replace(/^\$HOME(?=\/|$)/, homeDir);
    // A folder set to $HOME itself means "none" in xdg-user-dirs.
    if (isAbsolute(folder) && folder !== homeDir) folders.push(folder);
  }
  return folders;
}

/** The editor's own document and desktop folders. */
export function userDocumentFolders(homeDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const named = ['Documents', 'Desktop', '文档', '桌面', join('OneDrive', 'Documents'), join('OneDrive', 'Desktop')].map((name) => join(homeDir, name));
  return [...named, ...xdgUserFolders(homeDir, env)];
}

function refuse(zh: string, en: string, requested: string): never {
  throw new ApiError('invalid', bilingual(`${zh}：${requested}`, `${en}: ${requested}`), { directory: requested });
}

/** The real folder to write into, or ApiError('invalid') saying why the requested one is refused. */
export function checkExportFolder(requested: string, rules: ExportFolderRules): string {
  const platform = rules.platform ?? process.platform;
  const within = (folder: string, path: string) => isWithinFolder(folder, path, platform);
  if (!isAbsolute(requested)) refuse('导出文件夹须是完整路径', 'The export folder must be a full path', requested);
  const target = realPathOfNearestExisting(requested);
  const dataDir = realPathOfNearestExisting(rules.dataDir);
  const exportsDir = join(dataDir, 'exports');
  if (within(target, dataDir)) refuse('不能导出到数据文件夹或包含它的文件夹', 'Cannot export into the data folder or a folder containing it', requested);
  if (within(dataDir, target) && !within(exportsDir, target)) {
    refuse('数据文件夹中只能导出到 exports 文件夹（备份文件夹不可写入）', 'Inside the data folder, exports go only under exports/ (never into backups/)', requested);
  }
  const allowed = [exportsDir, ...userDocumentFolders(rules.homeDir, rules.env ?? process.env), ...rules.pickedFolders].map(realPathOfNearestExisting);
  if (!allowed.some((folder) => within(folder, target))) {
    refuse(
      '只能导出到数据文件夹的 exports、“文档”或“桌面”文件夹中，或用“选择…”选定的文件夹',
      'Exports go only under the data folder’s exports/, your Documents or Desktop, or a folder chosen with “Choose…”',
      requested,
    );
  }
  return target;
}
