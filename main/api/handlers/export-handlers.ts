import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import type { Library } from '../../library/library';
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';
import { readOnlyFolderOf } from '../../services/read-only-export-folder';
import { checkExportFolder, userDocumentFolders } from './export-folder-policy';
import { realPathOfNearestExisting } from './folder-paths';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { requireServices } from './require-services';
import type { SessionFolders } from './session-folders';

export function exportHandlers(library: Library, context: HandlerContext, session: SessionFolders): DomainHandlers<'export:articles'> {
  return {
    'export:articles': async (request) => {
      const { exports } = requireServices(library);
      const homeDir = context.homeDir ?? homedir();
      const directory = request.directory === undefined ? undefined : checkExportFolder(request.directory, { dataDir: context.dataDir, homeDir, pickedFolders: session.picked });
      try {
        const result = await exports.exportArticles({ ...request, directory });
        session.exported.add(realPathOfNearestExisting(result.directory));
        return result;
      } catch (error) {
        const readOnlyFolder = readOnlyFolderOf(error);
        if (readOnlyFolder === null) throw error;
        throw offerDocuments(readOnlyFolder, homeDir);
      }
    },
  };
}

/** Where an export goes when the folder asked for is read-only: a folder of its own in the editor's Documents (one the export policy allows). */
export const DOCUMENTS_EXPORT_FOLDER = '清稿导出';

/** Names the read-only folder and offers the Documents folder, which the dialog then puts in 导出到 (`details.suggestedDirectory`). */
function offerDocuments(readOnlyFolder: string, homeDir: string): ApiError {
  const [documents] = userDocumentFolders(homeDir).filter((folder) => !/Desktop|桌面/.test(folder) && existsSync(folder));
  const suggestedDirectory = documents === undefined ? null : join(documents, DOCUMENTS_EXPORT_FOLDER);
  // Documents itself read-only: nothing better to offer than a choice.
  if (suggestedDirectory === null || suggestedDirectory.startsWith(readOnlyFolder)) {
    return new ApiError(
      'failed',
      bilingual(`文件夹 ${readOnlyFolder} 是只读的，不能导出到那里；请在“导出到”中另选一个文件夹。`, `The folder ${readOnlyFolder} is read-only, so nothing can be exported there; choose another folder in 导出到 (Export to).`),
      { readOnlyFolder },
    );
  }
  return new ApiError(
    'failed',
    bilingual(
      `文件夹 ${readOnlyFolder} 是只读的，不能导出到那里。“导出到”已改为“文档”中的 ${suggestedDirectory}：再按一次“导出”即导出到那里，也可以另选文件夹。`,
      `The folder ${readOnlyFolder} is read-only, so nothing can be exported there. 导出到 (Export to) now names ${suggestedDirectory} in your Documents: press Export again to export there, or choose another folder.`,
    ),
    { readOnlyFolder, suggestedDirectory },
  );
}
