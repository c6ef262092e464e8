import { existsSync } from 'node:fs';
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';
import type { Library } from '../../library/library';
import { realPathOfNearestExisting } from './folder-paths';
import type { DesktopShell, DomainHandlers, HandlerContext } from './handler-context';
import { mayReveal, revealableFolders } from './reveal-policy';
import { requireServices } from './require-services';
import type { SessionFolders } from './session-folders';

function requireDesktop(context: HandlerContext): DesktopShell {
  if (!context.desktop) throw new ApiError('unsupported', bilingual('只有桌面版能打开文件夹；在浏览器中请直接输入文件夹路径。', 'Only the desktop app can open folders; in the browser, type the folder path.'));
  return context.desktop;
}

export function appHandlers(library: Library, context: HandlerContext, session: SessionFolders): DomainHandlers<'app:info' | 'app:pickFolder' | 'app:showInFolder' | 'settings:get' | 'settings:set'> {
  return {
    'app:info': () => ({ version: context.version, dataDir: context.dataDir, transport: context.transport, health: library.health }),
    'app:pickFolder': async () => {
      const path = await requireDesktop(context).pickFolder();
      // Picked in the system's own dialog, so the editor chose it: exports may go there (see export-folder-policy).
      if (path) session.picked.add(realPathOfNearestExisting(path));
      return { path };
    },
    'app:showInFolder': ({ path }) => {
      const desktop = requireDesktop(context);
      if (!existsSync(path)) throw new ApiError('not_found', bilingual(`找不到：${path}`, `Not found: ${path}`));
      const folders = revealableFolders(realPathOfNearestExisting(context.dataDir), session.exported);
      if (!mayReveal(realPathOfNearestExisting(path), folders)) {
        throw new ApiError('invalid', bilingual(`只能显示清稿写入的文件夹（导出和备份）：${path}`, `Only folders Qinggao wrote (exports and backups) can be shown: ${path}`));
      }
      desktop.showInFolder(path);
      return { shown: true };
    },
    'settings:get': () => requireServices(library).settings.get(),
    'settings:set': (request) => requireServices(library).settings.set(request),
  };
}
