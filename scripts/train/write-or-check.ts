// What a training script does with what it learnt: writes the shipped JSON, or with --check compares
// a fresh run with it (exit code 1 if they differ) so that a change to the engine or the data that
// would move the shipped weights is seen.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeOrCheck(repoRoot: string, file: string, json: string, what: string): void {
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === json;
    console.log(same ? `shipped ${what} match a fresh run` : `shipped ${what} DIFFER from a fresh run`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(file, json);
  console.log(`wrote ${path.relative(repoRoot, file)} (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
}
