// Scores today's analyzer on any folder of NAME.txt + NAME.gold.json pairs (fresh pages, a dev set):
//   npx tsx scripts/eval-dir.ts DIR [--keep OUT] [--by-layout]
// prints the shared scorer's summary as one markdown row (and one per layout, read off the page's
// name `…-LAYOUT-…` when --by-layout is given).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzePage } from '../core/analysis/analyze-page';
import { toPageDocJson } from '../main/cli/page-doc-json';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';
import { scoreSummary, summaryHeader, summaryRow } from './score-summary';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  console.error('usage: npx tsx scripts/eval-dir.ts DIR [--keep OUT]');
  process.exit(2);
}
const keepIndex = args.indexOf('--keep');
const predDir = keepIndex >= 0 ? path.resolve(args[keepIndex + 1]) : mkdtempSync(path.join(tmpdir(), 'qinggao-eval-dir-'));
mkdirSync(predDir, { recursive: true });
const vocabulary = (await tryLoadDefaultVocabulary()) ?? undefined;
const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/u, '')).sort();
for (const name of names) {
  const raw = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  writeFileSync(path.join(predDir, `${name}.json`), toPageDocJson(analyzePage(raw, { source: `${name}.txt`, vocabulary })));
}
const score = (goldDir: string) => scoreSummary(goldDir, predDir);
const row = (label: string, pages: number, summary: Record<string, number>) => summaryRow([label], pages, summary);
for (const line of summaryHeader(['set'])) console.log(line);
console.log(row(path.basename(dir), names.length, score(dir)));
if (args.includes('--by-layout')) {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const layout = name.replace(/^[a-z]+-[a-z]?\d+-?/u, '') || 'plain';
    groups.set(layout, [...(groups.get(layout) ?? []), name]);
  }
  for (const [layout, members] of groups) {
    const goldDir = mkdtempSync(path.join(tmpdir(), 'qinggao-eval-gold-'));
    for (const name of members) for (const ext of ['.txt', '.gold.json']) copyFileSync(path.join(dir, name + ext), path.join(goldDir, name + ext));
    console.log(row(layout, members.length, score(goldDir)));
    rmSync(goldDir, { recursive: true, force: true });
  }
}
if (keepIndex < 0) rmSync(predDir, { recursive: true, force: true });
