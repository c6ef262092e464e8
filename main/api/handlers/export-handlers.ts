import { homedir } from 'node:os';
import type { Library } from '../../library/library';
import { checkExportFolder } from './export-folder-policy';
import { realPathOfNearestExisting } from './folder-paths';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { requireServices } from './require-services';
import type { SessionFolders } from './session-folders';

export function exportHandlers(library: Library, context: HandlerContext, session: SessionFolders): DomainHandlers<'export:articles'> {
  return {
    'export:articles': async (request) => {
      const { exports } = requireServices(library);
      const directory =
        request.directory === undefined ? undefined : checkExportFolder(request.directory, { dataDir: context.dataDir, homeDir: context.homeDir ?? homedir(), pickedFolders: session.picked });
      const result = await exports.exportArticles({ ...request, directory });
      session.exported.add(realPathOfNearestExisting(result.directory));
      return result;
    },
  };
}
