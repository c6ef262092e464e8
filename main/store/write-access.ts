// Whether this process may write the library file and its folder. SQLite needs
// both in WAL mode (the -wal and -shm files live beside the library), and it
// does not say so at open: a read-only file opens "fine" and only the first
// save fails. access(2) asks the kernel with this process's rights, so it also
// answers for a read-only mount or an immutable file, where even root cannot write.
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';

export interface WriteAccessProblem {
  /** False when the folder cannot take new files either: not even SQLite's -shm can be made there. */
  folderWritable: boolean;
  /** What cannot be written, and why, in each language. */
  reason: { zh: string; en: string };
}

function refusal(path: string): NodeJS.ErrnoException | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

function why(error: NodeJS.ErrnoException, path: string): { zh: string; en: string } {
  return error.code === 'EROFS' ? { zh: `${path} 位于只读的文件系统上`, en: `${path} is on a read-only file system` } : { zh: `没有写入 ${path} 的权限`, en: `no permission to write ${path}` };
}

/** Null when both the library file and its folder can be written. */
export function writeAccessProblem(file: string): WriteAccessProblem | null {
  const folder = dirname(file);
  const folderRefusal = refusal(folder);
  if (folderRefusal) return { folderWritable: false, reason: why(folderRefusal, folder) };
  const fileRefusal = refusal(file);
  return fileRefusal ? { folderWritable: true, reason: why(fileRefusal, file) } : null;
}
