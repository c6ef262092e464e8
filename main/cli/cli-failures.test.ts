// The CLI as staff run it: a child process per command, on bad input. Every
// failure exits non-zero with its message in Chinese and English on stderr.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/open-library';
import { SEEDS_DIR, temporaryDir, VOCABULARY_DIR } from '../library/temporary-library';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const bin = join(repoRoot, 'bin', 'qinggao.mjs');

async function qinggao(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The first line of stderr reads "中文 / English". */
function expectBilingual(stderr: string, chinese: string, english: string) {
  expect(stderr).toContain(chinese);
  expect(stderr).toContain(english);
  expect(stderr).toMatch(/[\u4e00-\u9fff][^\n]* \/ [^\n]*[A-Za-z]/);
}

describe('qinggao on bad input', () => {
  let work: string;
  let data: string;
  beforeAll(async () => {
    work = temporaryDir('qinggao-cli-failures-');
    data = join(work, 'library');
    mkdirSync(data);
    (await openLibrary({ dataDir: data, seedsDir: SEEDS_DIR, vocabularyDir: VOCABULARY_DIR })).close();
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a missing file to analyze', async () => {
    const result = await qinggao(['analyze', join(work, 'no-such-page.txt')]);
    expect(result.code).toBe(1);
    expectBilingual(result.stderr, '找不到文件或文件夹', 'File or folder not found');
    expect(result.stderr).toContain(join(work, 'no-such-page.txt'));
    expect(result.stderr).not.toMatch(/^ENOENT/m);
  });

  it('an unknown export format, command or option', async () => {
    const format = await qinggao(['export', '--data', data, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expectBilingual(format.stderr, '--format 须是', '--format must be one of');
    const command = await qinggao(['frobnicate']);
    expect(command.code).toBe(2);
    expectBilingual(command.stderr, '没有这个命令', 'Unknown command: frobnicate');
    const option = await qinggao(['search', '--data', data, '--colour', 'red']);
    expect(option.code).toBe(2);
    expectBilingual(option.stderr, '参数有误', "Unknown option '--colour'");
  });

  it('an export into a file, or under one', async () => {
    const file = join(work, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const into = await qinggao(['export', '--data', data, '--format', 'txt', '--out', file]);
    expect(into.code).toBe(1);
    expectBilingual(into.stderr, '导出位置是一个文件，不是文件夹', 'The export location is a file, not a folder');
    const under = await qinggao(['export', '--data', data, '--format', 'txt', '--out', join(file, 'sub')]);
    expect(under.code).toBe(1);
    expectBilingual(under.stderr, '路径中有一段不是文件夹', 'Part of the path is not a folder');
  });

  it('a file the file system refuses: the others are written, the refused one named, exit 1', async () => {
    const first = join(work, 'first');
    expect((await qinggao(['export', '--data', data, '--format', 'txt', '--ids', '1,2,3', '--out', first])).code).toBe(0);
    const names = readdirSync(first).sort();
    expect(names).toHaveLength(3);
    const second = join(work, 'second');
    mkdirSync(second);
    symlinkSync(join(second, 'nowhere'), join(second, names[1]));
    const result = await qinggao(['export', '--data', data, '--format', 'txt', '--ids', '1,2,3', '--out', second]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`未能写入 / not written: ${names[1]}`);
    expectBilingual(result.stderr, '已有同名的文件或文件夹', 'A file or folder of that name already exists');
    expect(readdirSync(second).sort()).toEqual(names);
    expect(result.stdout).toContain('3 articles → 2 files');
  });

  it('a --data folder that holds no library', async () => {
    const result = await qinggao(['search', '--data', join(work, 'empty'), '党建']);
    expect(result.code).toBe(1);
    expectBilingual(result.stderr, '没有找到文库', 'No library in');
  });
});
