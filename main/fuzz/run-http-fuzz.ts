// Throws random requests at a running harness child, a few at a time, until a
// count or a deadline, checking all along that the process lives and still
// answers a plain request. What counts against the server: dying, a 500 (an
// exception nothing expected), an API envelope with `failed` (a handler threw
// on a request validation let through), or no answer to the plain request.
import { rawRequest, sendRaw } from './raw-http';
import { randomFuzzCase } from './http-fuzz-cases';
import type { RequestExamples } from './request-examples';
import { seededRandom } from './seeded-random';
import type { HarnessChild } from './spawn-harness-child';

export interface FuzzOptions {
  harness: HarnessChild;
  examples: RequestExamples;
  seed: number;
  maxRequests: number;
  /** Date.now() after which no new request starts. */
  deadline: number;
  workers?: number;
}

export interface FuzzSummary {
  requests: number;
  crashed: boolean;
  /** Requests answered 500, and plain requests not answered. */
  serverErrors: string[];
  /** API envelopes with code `failed`. */
  handlerFailures: string[];
  timeouts: number;
  statuses: Record<string, number>;
}

const HEALTH_EVERY = 50;

async function answersPlainRequest(harness: HarnessChild): Promise<boolean> {
  const body = '{}';
  const answer = await sendRaw(
    harness.port,
    rawRequest('POST', '/api/app:info', [
      { name: 'Host', value: `127.0.0.1:${harness.port}` },
      { name: 'X-Qinggao-Token', value: harness.token },
      { name: 'Content-Length', value: String(body.length) },
      { name: 'Connection', value: 'close' },
    ], body),
    10_000,
  );
  return answer.status === 200 && answer.head.includes('"ok":true');
}

export async function runHttpFuzz({ harness, examples, seed, maxRequests, deadline, workers = 4 }: FuzzOptions): Promise<FuzzSummary> {
  const summary: FuzzSummary = { requests: 0, crashed: false, serverErrors: [], handlerFailures: [], timeouts: 0, statuses: {} };
  const target = { port: harness.port, token: harness.token, examples };
  const more = () => summary.requests < maxRequests && Date.now() < deadline && !summary.crashed;

  async function worker(index: number): Promise<void> {
    const random = seededRandom(seed + index);
    while (more()) {
      const fuzzCase = randomFuzzCase(random, target);
      summary.requests++;
      const answer = await sendRaw(harness.port, fuzzCase.bytes, 2_000);
      const status = answer.status === null ? (answer.timedOut ? 'timeout' : 'closed') : String(answer.status);
      summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
      if (answer.timedOut) summary.timeouts++;
      if (answer.status !== null && answer.status >= 500 && answer.status !== 503) summary.serverErrors.push(`${answer.status} ← ${fuzzCase.description}`);
      // The body's first characters say why (the head's headers alone can run past any fixed offset).
      const body = answer.head.indexOf('\r\n\r\n') + 4;
      if (fuzzCase.channel && /"code":"failed"/.test(answer.head)) summary.handlerFailures.push(`${fuzzCase.description} → ${answer.head.slice(body, body + 400)}`);
      if (!harness.alive()) summary.crashed = true;
      else if (summary.requests % HEALTH_EVERY === 0 && !(await answersPlainRequest(harness))) summary.serverErrors.push(`no answer to a plain request after ${summary.requests} requests`);
    }
  }

  await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  if (!harness.alive()) summary.crashed = true;
  else if (!(await answersPlainRequest(harness))) summary.serverErrors.push('no answer to a plain request at the end');
  return summary;
}
