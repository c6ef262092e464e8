// Runs the analyzer on the held-out pages in eval/holdout (raw NAME.txt + NAME.gold.json,
// never used to tune the engine) and prints the scorer's table.
//   npx tsx scripts/eval-holdout.ts [--json] [--keep] [--dir FOLDER]
// --keep leaves the predictions in the temporary folder and prints its path;
// --dir scores another folder of NAME.txt + NAME.gold.json pairs instead of eval/holdout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../core/analysis/analyze-page';
import { toPageDocJson } from '../main/cli/page-doc-json';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(repoRoot, '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const goldDir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : path.join(repoRoot, 'eval', 'holdout');
const keep = args.includes('--keep');
const scorerOptions = args.filter((arg, index) => arg !== '--keep' && index !== dirAt && index !== dirAt + 1);
const outDir = mkdtempSync(path.join(tmpdir(), 'qinggao-holdout-'));

try {
  const vocabulary = await tryLoadDefaultVocabulary();
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.txt')).sort()) {
    const raw = readFileSync(path.join(goldDir, file), 'utf8');
    const analysis = analyzePage(raw, { source: file, vocabulary: vocabulary ?? undefined });
    writeFileSync(path.join(outDir, file.replace(/\.txt$/u, '.json')), toPageDocJson(analysis));
  }
  const scorerArgs = [scorer, '--gold', goldDir, '--pred', outDir, ...scorerOptions];
  process.stdout.write(execFileSync('node', scorerArgs, { encoding: 'utf8' }));
  if (keep) console.log(`predictions: ${outDir}`);
} finally {
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}
