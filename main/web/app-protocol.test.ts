// app:// as the desktop window sees it, without Electron: which files it serves,
// with which types and headers, and that nothing outside the renderer folder leaks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { answerAppRequest, APP_INDEX_URL, isAppPageUrl } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './create-web-server';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = temporaryDir('qinggao-app-protocol-');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>清稿</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  writeFileSync(join(root, 'renderer-evil.txt'), 'neighbour');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('app:// protocol', () => {
  it('serves the renderer’s index with the content security policy', () => {
    for (const url of [APP_INDEX_URL, 'app://qinggao/', 'app://qinggao', 'app://qinggao/index.html?x=1#top']) {
      const answer = answerAppRequest(rendererDir, url);
      expect(answer.status, url).toBe(200);
      expect(text(answer.body)).toContain('清稿');
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('serves from a folder named with a trailing separator too', () => {
    expect(answerAppRequest(`${rendererDir}/`, APP_INDEX_URL).status).toBe(200);
  });

  it('serves assets with their types', () => {
    expect(answerAppRequest(rendererDir, 'app://qinggao/assets/index-abc.js').headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(answerAppRequest(rendererDir, 'app://qinggao/assets/index-abc.css').headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(answerAppRequest(rendererDir, 'app://qinggao/assets/font.woff2').headers['Content-Type']).toBe('font/woff2');
  });

  it('never serves a file outside the renderer folder, a folder, or another host', () => {
    for (const url of [
      'app://qinggao/../secret.txt',
      'app://qinggao/..%2Fsecret.txt',
      'app://qinggao/%2e%2e/secret.txt',
      'app://qinggao/assets/..%2F..%2Fsecret.txt',
      'app://qinggao/..%5Csecret.txt',
      'app://qinggao/../renderer-evil.txt',
      'app://qinggao/index.html%00.png',
      'app://qinggao/assets',
      'app://qinggao/%E0%A4%A',
      'app://other/index.html',
      'app://evil@qinggao/secret.txt',
      'file:///etc/passwd',
      'https://qinggao/index.html',
    ]) {
      const answer = answerAppRequest(rendererDir, url);
      expect(answer.status, url).toBe(404);
      expect(text(answer.body), url).not.toMatch(/secret|neighbour/);
    }
    expect(answerAppRequest(rendererDir, APP_INDEX_URL, 'POST').status).toBe(405);
  });

  it('knows its own pages (only they may call the API over IPC)', () => {
    expect(isAppPageUrl('app://qinggao/index.html')).toBe(true);
    expect(isAppPageUrl('app://qinggao/index.html#/article/3')).toBe(true);
    expect(isAppPageUrl('file:///opt/qinggao/dist/renderer/index.html')).toBe(false);
    expect(isAppPageUrl('app://qinggao.evil/index.html')).toBe(false);
    expect(isAppPageUrl('https://example.com/')).toBe(false);
    expect(isAppPageUrl('not a url')).toBe(false);
  });
});
