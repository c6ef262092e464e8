import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'qinggao.mjs');
const seedDir = path.join(repoRoot, 'seeds', 'pages');
const seed = readFileSync(path.join(seedDir, readdirSync(seedDir).sort()[2]), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'qinggao-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function qinggao(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('qinggao analyze', () => {
  it('writes the gold format plus breaks and flags', async () => {
    const file = path.join(work, 'page.txt');
    writeFileSync(file, seed);
    const result = await qinggao(['analyze', file]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.source).toBe(file);
    expect(doc.articles.length).toBeGreaterThan(0);
    expect(Array.isArray(doc.breaks) && Array.isArray(doc.flags)).toBe(true);
  });

  it('goes on after a bad file and exits non-zero', async () => {
    const good = path.join(work, 'good.txt');
    const binary = path.join(work, 'picture.png');
    const out = path.join(work, 'out');
    writeFileSync(good, seed);
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const result = await qinggao(['analyze', binary, good, path.join(work, 'missing.txt'), '--out', out, '--format', 'md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/picture\.png: .*Not a text file/u);
    expect(result.stderr).toMatch(/missing\.txt/u);
    expect(readFileSync(path.join(out, 'good.md'), 'utf8')).toMatch(/^## /mu);
  });

  it('reads GBK, UTF-16 and empty files', async () => {
    const gbk = path.join(work, 'gbk.txt');
    const utf16 = path.join(work, 'utf16.txt');
    const empty = path.join(work, 'empty.txt');
    writeFileSync(gbk, iconv.encode(seed, 'gbk'));
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    writeFileSync(empty, '');
    const out = path.join(work, 'encodings');
    const result = await qinggao(['analyze', gbk, utf16, empty, '--out', out, '--format', 'txt']);
    expect(result.code).toBe(0);
    const fromGbk = readFileSync(path.join(out, 'gbk.txt'), 'utf8');
    expect(fromGbk.length).toBeGreaterThan(1000);
    expect(readFileSync(path.join(out, 'utf16.txt'), 'utf8')).toBe(fromGbk);
    expect(readFileSync(path.join(out, 'empty.txt'), 'utf8').trim()).toBe('');
  });

  it('reads from stdin', async () => {
    const child = execFile(process.execPath, [bin, 'analyze', '--stdin', '--format', 'txt'], { cwd: repoRoot });
    child.stdin?.end('仲夏时节话法治 开门纳谏听民声\n\n会议通报了今年上半年的工作。\n');
    const output = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout?.on('data', (chunk) => (text += chunk));
      child.on('close', () => resolve(text));
    });
    expect(output).toContain('会议通报了今年上半年的工作。');
  });

  it('analyzes a 50 MB file without crashing or hanging', { timeout: 180_000 }, async () => {
    const big = path.join(work, 'big.txt');
    const parts: string[] = [];
    let size = 0;
    while (size < 50 * 1024 * 1024) {
      parts.push(seed);
      size += Buffer.byteLength(seed) + 2;
    }
    writeFileSync(big, parts.join('\n\n'));
    parts.length = 0;
    const out = path.join(work, 'big-out');
    const result = await qinggao(['analyze', big, '--out', out, '--format', 'txt']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, 'big.txt'), 'utf8').length).toBeGreaterThan(10_000_000);
  });

  it('explains its usage', async () => {
    expect((await qinggao(['analyze'])).code).toBe(2);
    expect((await qinggao(['nonsense'])).stderr).toMatch(/usage: qinggao/u);
  });
});
