// `npm test`: typecheck, lint, unit tests, fuzz, build, e2e — in that order, stopping
// at the first stage that fails — then one closing line that counts every test:
// `tests: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

let failedStage = null;
for (const [name, command, args, env = {}] of stages) {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}

const total = counts();
if (failedStage && total.failed === 0) total.failed = 1; // a failed typecheck/lint/build counts as a failure too
console.log(`\n${failedStage ? `stage failed: ${failedStage}` : 'all stages passed'}`);
if (total.flaky) console.log(`flaky: ${total.flaky} e2e test(s) passed only on their retry — see the list above`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
