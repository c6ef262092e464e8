// Bodies over a channel's cap are refused with 413 and a bilingual message, by
// Content-Length before anything is read and while a chunked body streams in;
// several large bodies at once leave the harness's memory where it was. The
// real harness runs in a child process so its own peak memory can be read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { spawnTemporaryHarness, type TemporaryHarness } from '../fuzz/spawn-harness-child';
import { bodyLimitOf } from './request-body-limits';

const MEGABYTE = 1024 * 1024;
let harness: TemporaryHarness;

beforeAll(async () => {
  harness = await spawnTemporaryHarness('qinggao-limits');
}, 90_000);

afterAll(async () => {
  await harness?.dispose();
});

/**
 * Posts `sendBytes` of filler to a channel, as a chunked stream or under a
 * declared Content-Length, and stops sending once the answer is in.
 */
function postLarge(channel: string, sendBytes: number, declaredLength?: number): Promise<{ status: number; body: string }> {
  const chunk = Buffer.alloc(MEGABYTE, 0x78);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'X-Qinggao-Token': harness.token, 'Content-Type': 'application/json' };
    if (declaredLength !== undefined) headers['Content-Length'] = String(declaredLength);
    const outgoing = request({ host: '127.0.0.1', port: harness.port, method: 'POST', path: `/api/${channel}`, headers });
    let answered = false;
    outgoing.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (data: Buffer) => (body += data.toString()));
      response.on('end', () => {
        outgoing.destroy();
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    let sent = 0;
    const pump = () => {
      while (!answered && sent < sendBytes) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
      }
      if (!answered && declaredLength === undefined) outgoing.end();
    };
    pump();
  });
}

describe('request body caps', () => {
  it('refuses a body over the cap by its Content-Length with 413 and a bilingual message', async () => {
    const limit = bodyLimitOf('articles:get');
    const answer = await postLarge('articles:get', 4 * MEGABYTE, limit + 1);
    expect(answer.status).toBe(413);
    const envelope = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(envelope.error.message).toMatch(/^请求过大：articles:get 最多接受 2 MB \/ Request too large: articles:get accepts at most 2 MB$/);
  });

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const answer = await postLarge('articles:get', 64 * MEGABYTE);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('Request too large');
  });

  it('keeps the cap of the import channels above a 50 MB page and refuses beyond it', async () => {
    expect(bodyLimitOf('import:files')).toBeGreaterThan(Math.ceil((50 * MEGABYTE * 4) / 3));
    const answer = await postLarge('import:text', MEGABYTE, bodyLimitOf('import:text') + 1);
    expect(answer.status).toBe(413);
  });

  it('holds its memory while eight large bodies arrive at once', async () => {
    // Warm up so the baseline includes what any request costs.
    await postLarge('articles:get', 3 * MEGABYTE);
    const before = harness.peakResidentBytes();
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () => postLarge('articles:get', 48 * MEGABYTE)),
      ...Array.from({ length: 8 }, () => postLarge('articles:save', 24 * MEGABYTE, 150 * MEGABYTE)),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(16).fill(413));
    const grown = harness.peakResidentBytes() - before;
    expect(grown, `peak memory grew by ${Math.round(grown / MEGABYTE)} MB`).toBeLessThan(100 * MEGABYTE);
    expect(harness.alive()).toBe(true);
  });
});
