import { describe, expect, it } from 'vitest';
import { ApiError, toFailure } from './api-error';
import { describeFailure } from './describe-failure';

const CHINESE = /[\u4e00-\u9fff]/;

/** An error shaped like the ones Node's fs and better-sqlite3 throw: English text, a code, sometimes a path. */
function causedBy(code: string, message: string, path?: string): Error {
  return Object.assign(new Error(message), { code, ...(path ? { path } : {}) });
}

const FILE_SYSTEM_CODES = ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'ENAMETOOLONG', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EMFILE'];
const SQLITE_CODES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_IOERR', 'SQLITE_IOERR_SHORT_READ', 'SQLITE_CANTOPEN'];

function expectBilingual(message: string) {
  const [chinese, english] = message.split(' / ');
  expect(chinese, message).toMatch(CHINESE);
  expect(english, message).toMatch(/[A-Za-z]{3}/);
  expect(english, message).not.toMatch(/^[\u4e00-\u9fff]/);
}

describe('toFailure describes a failure from its cause, in Chinese and English', () => {
  it.each(FILE_SYSTEM_CODES)('%s keeps the path in both languages', (code) => {
    const path = '/home/editor/导出/标题.docx';
    const { error } = toFailure(causedBy(code, `${code}: something, open '${path}'`, path));
    expectBilingual(error.message);
    expect(error.message.split(' / ')[0]).toContain(path);
    expect(error.message.split(' / ')[1]).toContain(path);
  });

  it('leaves the path out where the caller names the file itself', () => {
    const { message } = describeFailure(causedBy('EEXIST', "EEXIST: file already exists, open '/x/标题.txt'", '/x/标题.txt'), { withPath: false });
    expect(message).toBe('已有同名的文件或文件夹。 / A file or folder of that name already exists.');
  });

  it.each(SQLITE_CODES)('%s', (code) => {
    const { error } = toFailure(causedBy(code, code === 'SQLITE_FULL' ? 'database or disk is full' : 'sqlite says no'));
    expectBilingual(error.message);
    expect(error.message).not.toContain('database or disk is full');
  });

  it('gives the codes the UI acts on', () => {
    expect(toFailure(causedBy('ENOENT', 'ENOENT: no such file', '/x')).error.code).toBe('not_found');
    expect(toFailure(causedBy('SQLITE_CORRUPT', 'database disk image is malformed')).error.code).toBe('damaged');
    expect(toFailure(causedBy('SQLITE_BUSY_SNAPSHOT', 'database is locked')).error.code).toBe('conflict');
    expect(toFailure(causedBy('ENOSPC', 'ENOSPC: no space left on device')).error.code).toBe('failed');
  });

  it('puts a Chinese lead before an unknown English message and leaves a bilingual one alone', () => {
    expectBilingual(toFailure(new Error('Something odd happened')).error.message);
    expect(toFailure(new Error('Something odd happened')).error.message).toContain('Something odd happened');
    expect(toFailure('a thrown string').error.message).toContain('a thrown string');
    expect(toFailure(new Error('文库已损坏。 / The library is damaged.')).error.message).toBe('文库已损坏。 / The library is damaged.');
  });

  it('passes an ApiError through with its code and details', () => {
    expect(toFailure(new ApiError('conflict', '冲突 / Conflict', { revision: 3 }))).toEqual({ ok: false, error: { code: 'conflict', message: '冲突 / Conflict', details: { revision: 3 } } });
  });
});
