// The HTTP transport on its own: token, host and path guards. The dispatch here
// is a plain echo so these tests are about the transport, not the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { CONTENT_SECURITY_POLICY, createWebServer } from './create-web-server';

const token = 'test-token-123';
let server: Server;
let base: string;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'qinggao-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清稿</title>');
  writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(tmpdir(), 'qinggao-secret.txt'), 'secret');
  server = createWebServer({ staticDir, token, dispatch: async (channel, payload) => ({ ok: true, data: { channel, payload } }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('web harness transport', () => {
  it('answers 401 to API calls without the token', async () => {
    const response = await fetch(`${base}/api/app:info`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    const wrong = await fetch(`${base}/api/app:info`, { method: 'POST', body: '{}', headers: { 'X-Qinggao-Token': 'nope' } });
    expect(wrong.status).toBe(401);
  });

  it('answers 401 to page requests without the token', async () => {
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/index.html`)).status).toBe(401);
  });

  it('serves the page with the token and sets a cookie for its assets', async () => {
    const response = await fetch(`${base}/?token=${token}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('清稿');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const again = await fetch(`${base}/index.html`, { headers: { cookie: cookie.split(';')[0] } });
    expect(again.status).toBe(200);
  });

  it('lets the pdf.js worker run from the app only, with no eval and no blob: anywhere', async () => {
    const response = await fetch(`${base}/?token=${token}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('blob:');
  });

  it('says the same in the renderer page’s meta tag, less what only a header can say', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag; the header carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(" frame-ancestors 'none';", ''));
  });

  it('passes API calls with the token to the dispatch', async () => {
    const response = await fetch(`${base}/api/app:info`, { method: 'POST', body: '{"a":1}', headers: { 'X-Qinggao-Token': token } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, data: { channel: 'app:info', payload: { a: 1 } } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const port = (server.address() as AddressInfo).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port, path: `/?token=${token}`, headers: { Host: `evil.example:${port}` } }, (response) => resolve(response.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const response = await fetch(`${base}/..%2Fqinggao-secret.txt?token=${token}`);
    expect(response.status).toBe(404);
  });

  it('rejects malformed JSON with an invalid envelope', async () => {
    const response = await fetch(`${base}/api/app:info`, { method: 'POST', body: '{not json', headers: { 'X-Qinggao-Token': token } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid');
  });

  it('answers /favicon.ico, which browsers ask for on their own, with the SVG icon of the renderer', async () => {
    const response = await fetch(`${base}/favicon.ico`, { headers: { cookie: `qinggao_token=${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });
});
