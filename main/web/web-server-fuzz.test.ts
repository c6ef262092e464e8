// No request, whatever its path, headers or body, may end the web harness: the
// real harness in a child process over a real library takes the requests from
// the issue, then seeded random ones (a fixed seed, then two fresh ones printed
// in the test names), and must still be alive and answering afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rawRequest, sendRaw } from '../fuzz/raw-http';
import { requestExamples } from '../fuzz/request-examples';
import { runHttpFuzz } from '../fuzz/run-http-fuzz';
import { randomSeed } from '../fuzz/seeded-random';
import { spawnTemporaryHarness, type TemporaryHarness } from '../fuzz/spawn-harness-child';

const FIXED_SEED = 1206;
let harness: TemporaryHarness;

beforeAll(async () => {
  harness = await spawnTemporaryHarness('qinggao-fuzz');
}, 90_000);

afterAll(async () => {
  await harness?.dispose();
});

const examples = () => requestExamples({ scratchDir: join(harness.dataDir, 'fuzz-exports'), articleId: 1, pageId: 1 });

function apiCall(path: string, body = '{}', extra: { name: string; value: string }[] = []): Buffer {
  return rawRequest('POST', path, [
    { name: 'Host', value: `127.0.0.1:${harness.port}` },
    { name: 'X-Qinggao-Token', value: harness.token },
    { name: 'Content-Length', value: String(Buffer.byteLength(body)) },
    { name: 'Connection', value: 'close' },
    ...extra,
  ], body);
}

describe('web harness under malformed requests', () => {
  it('answers POST /api/% with 400 and a bilingual message, and lives on', async () => {
    const answer = await sendRaw(harness.port, apiCall('/api/%'));
    expect(answer.status).toBe(400);
    expect(answer.head).toContain('请求地址无效 / Malformed request path');
    expect(harness.alive()).toBe(true);
    const after = await sendRaw(harness.port, apiCall('/api/app:info'));
    expect(after.status).toBe(200);
  });

  it('survives broken paths, headers and bodies', async () => {
    const cases = [
      apiCall('/api/%%'),
      apiCall('/api/%E0%A4%A'),
      apiCall(`/api/${'a'.repeat(4_000)}`),
      apiCall('/api/../../etc/passwd'),
      apiCall('/api/articles:get', '{not json'),
      apiCall('/api/articles:get', '['.repeat(50_000) + ']'.repeat(50_000)),
      apiCall('/api/pages:setOverrides', '{"pageId":1,"overrides":{"undoMoves":5}}'),
      apiCall('/api/app:info', '{}', [{ name: 'X-Qinggao-Token', value: 'second' }]),
      apiCall('/api/app:info', '{}', [{ name: 'Cookie', value: 'c'.repeat(12_000) }]),
      apiCall('/api/app:info', '{}', [{ name: 'Content-Length', value: 'abc' }]),
      apiCall('/api/app:info', '{}', [{ name: 'Host', value: 'evil.example' }]),
      rawRequest('GET', '//[', [{ name: 'Host', value: `127.0.0.1:${harness.port}` }]),
      rawRequest('GET', '/%', [{ name: 'Host', value: `127.0.0.1:${harness.port}` }, { name: 'Cookie', value: `qinggao_token=${harness.token}` }]),
      rawRequest('BREW', '/', []),
      Buffer.from('\u0000\u0001garbage\r\n\r\n'),
    ];
    for (const bytes of cases) {
      const answer = await sendRaw(harness.port, bytes);
      expect(answer.status === null || answer.status < 500, answer.head).toBe(true);
      expect(harness.alive(), bytes.toString('latin1', 0, 120)).toBe(true);
    }
    expect((await sendRaw(harness.port, apiCall('/api/app:info'))).status).toBe(200);
  });

  it.each([FIXED_SEED, randomSeed(), randomSeed()])('survives random requests, seed %i', async (seed) => {
    const summary = await runHttpFuzz({ harness, examples: examples(), seed, maxRequests: seed === FIXED_SEED ? 400 : 150, deadline: Date.now() + 60_000 });
    expect(summary.crashed, harness.errors()).toBe(false);
    expect(summary.serverErrors).toEqual([]);
    expect(summary.handlerFailures).toEqual([]);
    expect(summary.requests).toBeGreaterThan(50);
  });
});
