// `npm test`: typecheck, lint, unit tests, fuzz, build, e2e — in that order, stopping
// at the first stage that fails — then one closing line that counts every test:
// `tests: N passed, N failed, N skipped`.
// The PostgreSQL suites run on a throwaway cluster started here (scripts/pg-test-cluster.mjs)
// unless QINGGAO_TEST_PG_URL names one; it is stopped at the end, however the run ends.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterForTestRun, stopRunCluster } from './pg-test-cluster.mjs';

const reports = mkdtempSync(join(tmpdir(), 'qinggao-test-reports-'));
const unitReport = join(reports, 'unit.json');
const e2eReport = join(reports, 'e2e.json');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const stages = [
  ['typecheck (core)', npx, ['tsc', '-p', 'tsconfig.core.json']],
  ['typecheck (node)', npx, ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck (web)', npx, ['tsc', '-p', 'tsconfig.web.json']],
  ['lint', npx, ['eslint', '.']],
  ['unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]],
  // Random and malformed requests at the real web harness for 60 s (scripts/fuzz.ts); prints `fuzz: N requests, 0 crashes, …`.
  ['fuzz', npx, ['tsx', 'scripts/fuzz.ts', '--duration', '60']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['e2e', npx, ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }],
];

function counts() {
  const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  if (existsSync(unitReport)) {
    const unit = JSON.parse(readFileSync(unitReport, 'utf8'));
    total.passed += unit.numPassedTests;
    total.failed += unit.numFailedTests;
    total.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  }
  if (existsSync(e2eReport)) {
    const stats = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
    total.passed += stats.expected + (stats.flaky ?? 0);
    total.flaky += stats.flaky ?? 0;
    total.failed += stats.unexpected;
    total.skipped += stats.skipped;
  }
  return total;
}

// ── PostgreSQL for the tests: started before the stages, stopped after them ──
let postgres = { env: {} };
let running = null; // the stage's process, ended with us on SIGINT/SIGTERM
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    running?.kill('SIGTERM');
    stopRunCluster();
    console.log(`\n${signal}: test run stopped, its PostgreSQL cluster too`);
    process.exit(128 + constants.signals[signal]);
  });
}
// Async, not spawnSync: a signal handler only runs while the event loop is free.
const run = (command, args, env) =>
  new Promise((resolve) => {
    running = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...postgres.env, ...env } });
    running.on('error', () => resolve(1));
    running.on('exit', (code) => resolve(code ?? 1));
  });

let failedStage = null;
try {
  try {
    postgres = await clusterForTestRun();
    console.log(postgres.note);
  } catch (error) {
    console.log(`PostgreSQL test cluster could not start: ${error.message}`);
    failedStage = 'postgres';
  }
  for (const [name, command, args, env = {}] of failedStage ? [] : stages) {
    const started = Date.now();
    console.log(`\n── ${name} ──`);
    const status = await run(command, args, env);
    console.log(`── ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (status !== 0) {
      failedStage = name;
      break;
    }
  }
} finally {
  running = null;
  stopRunCluster();
}

const total = counts();
if (failedStage && total.failed === 0) total.failed = 1; // a failed typecheck/lint/build counts as a failure too
console.log(`\n${failedStage ? `stage failed: ${failedStage}` : 'all stages passed'}`);
if (total.flaky) console.log(`flaky: ${total.flaky} e2e test(s) passed only on their retry — see the list above`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
