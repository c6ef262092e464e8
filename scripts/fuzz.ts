// `npm run fuzz [-- --duration 60 --seed N --max-requests N]`: the real web
// harness in a child process over a fresh library in a temp folder, on
// loopback. First every channel's wrong shapes (each must come back `invalid`),
// then random requests — odd paths, headers and bodies, wrong shapes and valid
// calls — until the duration or the request count runs out. Then the process
// must be alive and answering, and the library must pass `qinggao check`.
// Prints one line (`fuzz: N requests, 0 crashes, …`); exits 1 on any defect.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHANNELS } from '../core/api/contract';
import { oddPathCases } from '../main/fuzz/http-fuzz-cases';
import { rawRequest, sendRaw } from '../main/fuzz/raw-http';
import { requestExamples, type RequestExamples } from '../main/fuzz/request-examples';
import { runHttpFuzz } from '../main/fuzz/run-http-fuzz';
import { randomSeed } from '../main/fuzz/seeded-random';
import { spawnHarnessChild, type HarnessChild } from '../main/fuzz/spawn-harness-child';
import { wrongShapes } from '../main/fuzz/wrong-shapes';

const ROOT = resolve(import.meta.dirname, '..');
/** The random phase runs at least this share of the duration, however long the wrong shapes took. */
const RANDOM_SHARE = 0.25;

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, seed: { type: 'string' }, 'max-requests': { type: 'string', default: '50000' } },
  strict: true,
});
const durationSeconds = Number(values.duration);
const maxRequests = Number(values['max-requests']);
const seed = values.seed === undefined ? randomSeed() : Number(values.seed);
if (!(durationSeconds > 0) || !(maxRequests > 0) || !Number.isInteger(seed)) {
  console.error('usage: tsx scripts/fuzz.ts [--duration SECONDS] [--seed N] [--max-requests N]');
  process.exit(2);
}

/** Every deterministic wrong shape of every channel, over HTTP, a few at a time: each must be answered 200 with an `invalid` envelope. */
async function wrongShapesRefused(harness: HarnessChild, examples: RequestExamples): Promise<{ sent: number; notRefused: string[] }> {
  const queue = CHANNELS.flatMap((channel) => wrongShapes(examples[channel]).map((shape) => ({ channel, shape })));
  const total = queue.length;
  const notRefused: string[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { channel, shape } = next;
      const body = JSON.stringify(shape.request) ?? '';
      const headers = [
        { name: 'Host', value: `127.0.0.1:${harness.port}` },
        { name: 'X-Qinggao-Token', value: harness.token },
        { name: 'Content-Length', value: String(Buffer.byteLength(body)) },
        { name: 'Connection', value: 'close' },
      ];
      const answer = await sendRaw(harness.port, rawRequest('POST', `/api/${channel}`, headers, body), 10_000);
      if (answer.status !== 200 || !answer.head.includes('"code":"invalid"')) notRefused.push(`${channel} ${shape.description} → ${answer.status ?? 'no answer'}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { sent: total, notRefused };
}

/** Every odd path once: each must be answered, and never with a 500. */
async function oddPathsAnswered(harness: HarnessChild, examples: RequestExamples): Promise<{ sent: number; serverErrors: string[] }> {
  const serverErrors: string[] = [];
  const cases = oddPathCases({ port: harness.port, token: harness.token, examples });
  for (const fuzzCase of cases) {
    const answer = await sendRaw(harness.port, fuzzCase.bytes, 10_000);
    if (answer.status === null || (answer.status >= 500 && answer.status !== 503)) serverErrors.push(`${answer.status ?? 'no answer'} ← ${fuzzCase.description}`);
    if (!harness.alive()) break;
  }
  return { sent: cases.length, serverErrors };
}

/** `qinggao check` on the data folder, as a staff member would run it. */
function libraryCheck(dataDir: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'qinggao.mjs'), 'check', '--data', dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

async function main(): Promise<number> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'qinggao-fuzz-'));
  const staticDir = mkdtempSync(join(tmpdir(), 'qinggao-fuzz-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清稿</title>');
  writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const harness = await spawnHarnessChild(dataDir, staticDir);
  try {
    const examples = requestExamples({ scratchDir: join(dataDir, 'fuzz-exports'), articleId: 1, pageId: 1 });
    const paths = await oddPathsAnswered(harness, examples);
    const shapes = harness.alive() ? await wrongShapesRefused(harness, examples) : { sent: 0, notRefused: [] };
    const deadline = Math.max(started + durationSeconds * 1000, Date.now() + durationSeconds * 1000 * RANDOM_SHARE);
    const summary = await runHttpFuzz({ harness, examples, seed, maxRequests, deadline });
    await harness.stop();
    const check = libraryCheck(dataDir);
    const requests = paths.sent + shapes.sent + summary.requests;
    const serverErrors = [...paths.serverErrors, ...summary.serverErrors];
    const crashes = summary.crashed ? 1 : 0;
    const statuses = Object.entries(summary.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    for (const line of [...shapes.notRefused.map((text) => `not refused: ${text}`), ...serverErrors.map((text) => `server error: ${text}`), ...summary.handlerFailures.map((text) => `handler failure: ${text}`)].slice(0, 40)) console.error(line);
    if (!check.ok) console.error(check.output);
    if (summary.crashed) console.error(`the harness died:\n${harness.errors().slice(-4_000)}`);
    console.log(`fuzz: ${requests} requests, ${crashes} crashes, ${serverErrors.length} server errors, ${summary.handlerFailures.length} handler failures, ${shapes.notRefused.length} wrong shapes not refused; library check ${check.ok ? 'ok' : 'FAILED'}; seed ${seed}; ${((Date.now() - started) / 1000).toFixed(0)} s (${statuses})`);
    return crashes || serverErrors.length || summary.handlerFailures.length || shapes.notRefused.length || !check.ok ? 1 : 0;
  } finally {
    await harness.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  }
}

process.exit(await main());
