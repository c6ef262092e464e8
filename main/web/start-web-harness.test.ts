// The harness end to end in Node: a real library in a temp folder (seeded on
// first run), the real handlers, real HTTP on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RefusedBindError, startWebHarness, type WebHarness } from './start-web-harness';

let dataDir: string;
let staticDir: string;
let harness: WebHarness;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qinggao-harness-'));
  staticDir = mkdtempSync(join(tmpdir(), 'qinggao-harness-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清稿</title>');
  harness = await startWebHarness({ dataDir, port: 0, staticDir });
});

afterAll(async () => {
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

const call = (channel: string, body: unknown, token = harness.token) =>
  fetch(`http://127.0.0.1:${harness.port}/api/${channel}`, { method: 'POST', headers: { 'X-Qinggao-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('web harness over a real library', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('opens on the seeded demo library: five pages', async () => {
    const response = await call('library:tree', {});
    const body = await response.json();
    expect(body.ok).toBe(true);
    const pages = body.data.flatMap((group: { pages: unknown[] }) => group.pages);
    expect(pages).toHaveLength(5);
  });

  it('validates requests at the boundary', async () => {
    const body = await (await call('articles:get', { articleId: 'one' })).json();
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const unknown = await (await call('fs:read', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers 401 without the token', async () => {
    expect((await call('library:tree', {}, 'wrong-token')).status).toBe(401);
  });

  it('refuses to bind to a non-loopback address', async () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '::']) {
      await expect(startWebHarness({ dataDir, host, port: 0, staticDir })).rejects.toBeInstanceOf(RefusedBindError);
    }
  });
});
