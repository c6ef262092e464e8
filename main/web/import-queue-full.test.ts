// The harness takes large bodies (imports) one at a time with a bounded queue;
// one more than the queue holds is turned away at once with its own code, so
// the renderer can say "another import is under way" rather than "invalid".
import { request, type ClientRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer, IMPORT_QUEUE_FULL_MESSAGE } from './create-web-server';

const token = 'queue-token';
let server: Server;
let port: number;
let staticDir: string;
const held: ClientRequest[] = [];

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'qinggao-queue-'));
  server = createWebServer({ staticDir, token, dispatch: async () => ({ ok: true, data: null }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const outgoing of held) outgoing.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(staticDir, { recursive: true, force: true });
});

/** An import whose body never finishes arriving: it holds its place in the queue. */
function holdImport(): ClientRequest {
  const outgoing = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/import:files', headers: { 'X-Qinggao-Token': token, 'Content-Length': '1000' } });
  outgoing.on('error', () => undefined);
  outgoing.write('{"files":');
  held.push(outgoing);
  return outgoing;
}

async function post(channel: string): Promise<{ status: number; envelope: { ok: boolean; error?: { code: string; message: string } } }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, { method: 'POST', body: '{"files":[]}', headers: { 'X-Qinggao-Token': token } });
  return { status: response.status, envelope: (await response.json()) as { ok: boolean } };
}

describe('a full import queue', () => {
  it('answers 503 with the code busy and a bilingual message, while other channels still answer', async () => {
    // One import being received and eight waiting fill the queue.
    for (let index = 0; index < 9; index++) holdImport();
    // The held requests reach the server before the next one: wait until it has seen them all.
    await new Promise<void>((resolve) => {
      const poll = () => server.getConnections((_error, count) => (count >= 9 ? resolve() : setTimeout(poll, 10)));
      poll();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await post('import:files');
    expect(refused.status).toBe(503);
    expect(refused.envelope).toEqual({ ok: false, error: { code: 'busy', message: IMPORT_QUEUE_FULL_MESSAGE } });
    expect(IMPORT_QUEUE_FULL_MESSAGE).toBe('另一个导入正在进行，请稍后再试。 / Another import is under way; try again shortly.');
    expect(await post('app:info')).toEqual({ status: 200, envelope: { ok: true, data: null } });
  });
});
