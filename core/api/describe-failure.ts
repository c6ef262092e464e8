// What went wrong, in words an editor can act on, from the cause alone: the `code`
// of a Node file-system error or of better-sqlite3's SqliteError. Pure, so the UI
// (through the API), the CLI and the tests all see the same sentence.
import type { ApiErrorCode } from './api-error';
import { bilingual } from './bilingual';

export interface FailureDescription {
  code: ApiErrorCode;
  message: string;
}

interface Sentence {
  code?: ApiErrorCode;
  zh: string;
  en: string;
}

/** Node's file-system codes; the path the error names follows the sentence. */
const FILE_SYSTEM: Record<string, Sentence> = {
  ENOENT: { code: 'not_found', zh: '找不到文件或文件夹', en: 'File or folder not found' },
  EACCES: { zh: '没有读写权限', en: 'Permission denied' },
  EPERM: { zh: '系统不允许这项操作', en: 'The system does not allow this' },
  ENOSPC: { zh: '磁盘已满，无法写入，请腾出空间后重试', en: 'The disk is full; free some space and try again' },
  EDQUOT: { zh: '磁盘配额已用完，无法写入', en: 'The disk quota is used up' },
  EROFS: { zh: '磁盘是只读的，无法写入', en: 'The disk is read-only' },
  ENAMETOOLONG: { code: 'invalid', zh: '文件名或路径太长', en: 'The file name or path is too long' },
  EEXIST: { code: 'conflict', zh: '已有同名的文件或文件夹', en: 'A file or folder of that name already exists' },
  EISDIR: { code: 'invalid', zh: '这是文件夹，不是文件', en: 'This is a folder, not a file' },
  ENOTDIR: { code: 'invalid', zh: '路径中有一段不是文件夹', en: 'Part of the path is not a folder' },
  EMFILE: { zh: '同时打开的文件太多，请稍后重试', en: 'Too many files are open; try again in a moment' },
  ENFILE: { zh: '同时打开的文件太多，请稍后重试', en: 'Too many files are open; try again in a moment' },
  EBUSY: { zh: '文件正被其他程序使用', en: 'The file is in use by another program' },
  EIO: { zh: '磁盘读写出错', en: 'A disk read or write failed' },
};

// better-sqlite3 reports extended result codes (SQLITE_IOERR_SHORT_READ, SQLITE_BUSY_SNAPSHOT …);
// the primary code before the second underscore says enough.
const SQLITE: Record<string, Required<Sentence>> = {
  SQLITE_FULL: { code: 'failed', zh: '磁盘已满，文库无法写入。请腾出空间后重试，已保存的内容不会丢失', en: 'The disk is full: the library cannot be written. Free some space and try again; what was saved is kept' },
  SQLITE_READONLY: { code: 'failed', zh: '文库是只读的，无法保存。请检查文件和文件夹的写入权限', en: 'The library is read-only and cannot be saved. Check that its file and folder can be written' },
  SQLITE_BUSY: { code: 'conflict', zh: '文库正被另一个程序使用，请稍后重试', en: 'The library is busy (another program is using it); try again in a moment' },
  SQLITE_LOCKED: { code: 'conflict', zh: '文库正被另一个程序使用，请稍后重试', en: 'The library is busy (another program is using it); try again in a moment' },
  SQLITE_CORRUPT: { code: 'damaged', zh: '文库文件已损坏，请从备份恢复', en: 'The library file is damaged; restore it from a backup' },
  SQLITE_NOTADB: { code: 'damaged', zh: '这不是清稿的文库文件，或者文件已损坏，请从备份恢复', en: 'This is not a Qinggao library file, or it is damaged; restore it from a backup' },
  SQLITE_IOERR: { code: 'failed', zh: '读写文库时磁盘出错，请检查磁盘后重试', en: 'A disk error occurred while reading or writing the library; check the disk and try again' },
  SQLITE_CANTOPEN: { code: 'failed', zh: '无法打开文库文件，请检查它所在的文件夹是否存在、能否写入', en: 'The library file cannot be opened; check that its folder exists and can be written' },
  SQLITE_NOMEM: { code: 'failed', zh: '内存不足，请关闭其他程序后重试', en: 'Out of memory; close other programs and try again' },
};

const CJK = /[\u3400-\u9fff]/;

function stringField(error: unknown, name: string): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const value = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function primarySqliteCode(code: string): string {
  return code.split('_').slice(0, 2).join('_');
}

/**
 * A cause that is known gets its own sentence; any other keeps its text, under a Chinese lead when it has none.
 * `withPath: false` leaves out the path a file-system error names, where the caller shows the file already.
 */
export function describeFailure(error: unknown, options: { withPath?: boolean } = {}): FailureDescription {
  const code = stringField(error, 'code');
  const path = options.withPath === false ? undefined : stringField(error, 'path');
  if (code && FILE_SYSTEM[code]) {
    const { code: apiCode = 'failed', zh, en } = FILE_SYSTEM[code];
    return { code: apiCode, message: path ? bilingual(`${zh}：${path}`, `${en}: ${path}`) : bilingual(`${zh}。`, `${en}.`) };
  }
  if (code?.startsWith('SQLITE_')) {
    const known = SQLITE[primarySqliteCode(code)];
    if (known) return { code: known.code, message: bilingual(`${known.zh}。`, `${known.en}. (${code})`) };
  }
  const text = error instanceof Error ? error.message : String(error);
  if (CJK.test(text)) return { code: 'failed', message: text };
  return { code: 'failed', message: bilingual(`操作失败：${text}`, `Failed: ${text}`) };
}
