// An export folder that cannot be created or written (a read-only data folder,
// disk or exports/) is named as such, not reported as a bare EACCES, so the
// editor knows it is the folder, not the articles, and can choose another.
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

export interface ReadOnlyFolderDetails {
  readOnlyFolder: string;
}

export function isNotWritable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && NOT_WRITABLE.has(String((error as { code?: unknown }).code));
}

export function readOnlyExportFolder(folder: string): ApiError {
  return new ApiError(
    'failed',
    bilingual(`文件夹 ${folder} 是只读的，不能在其中导出；请另选一个文件夹。`, `The folder ${folder} is read-only, so nothing can be exported there; choose another folder.`),
    { readOnlyFolder: folder } satisfies ReadOnlyFolderDetails,
  );
}

export function readOnlyFolderOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return null;
  const folder = (error.details as Partial<ReadOnlyFolderDetails>).readOnlyFolder;
  return typeof folder === 'string' ? folder : null;
}
