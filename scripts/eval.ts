// Runs the analyzer on the public gold pages and scores the predictions.
//   npm run eval
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../core/analysis/analyze-page';
import { toPageDocJson } from '../main/cli/page-doc-json';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const goldDir = path.join(shared, 'eval', 'gold');
const outDir = path.join(repoRoot, '.eval-out');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const vocabulary = await tryLoadDefaultVocabulary();
for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.txt')).sort()) {
  const raw = readFileSync(path.join(goldDir, file), 'utf8');
  const analysis = analyzePage(raw, { source: file, vocabulary: vocabulary ?? undefined });
  writeFileSync(path.join(outDir, file.replace(/\.txt$/u, '.json')), toPageDocJson(analysis));
}
const output = execFileSync('node', [path.join(shared, 'eval', 'score.mjs'), '--gold', goldDir, '--pred', outDir, ...process.argv.slice(2)], { encoding: 'utf8' });
process.stdout.write(output);
