// Editing-path timings that used to sit in unit tests as timed assertions (speed
// lives here, never in `npm run test`): re-assembling a 20,000-character page
// after one break toggle, the engine on one very long line and on non-Chinese
// text, and the character diff of a long text with scattered edits.
// Run alone: `npx tsx scripts/bench-editing.ts` (or `npm run bench -- editing`).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage } from '../core/analysis/analyze-page';
import { assemblePage } from '../core/analysis/assemble-page';
import { charDiff } from '../renderer/workspace/char-diff';

const SEEDS_DIR = resolve(import.meta.dirname, '../seeds/pages');

function seedPages(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(resolve(SEEDS_DIR, name), 'utf8'));
}

/** Best of `rounds` runs, in ms: other processes on the machine only ever make a run slower. */
function bestOf(rounds: number, run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function report(what: string, scale: string, ms: number, goalMs: number): void {
  console.log(`${what.padEnd(34)} ${scale.padEnd(62)} ${ms.toFixed(1).padStart(8)} ms  goal ≤ ${goalMs} ms  ${ms <= goalMs ? 'OK' : 'MISSED'}`);
}

export async function benchEditing(): Promise<void> {
  const pages = seedPages();
  let raw = '';
  for (let index = 0; raw.length < 20_000; index++) raw += `${pages[index % pages.length]}\n\n`;
  const analysis = analyzePage(raw);
  const join = analysis.breaks.find((decision) => decision.decision === 'join');
  const overrides = { breaks: join ? { [join.id]: 'split' as const } : {} };
  assemblePage(analysis, overrides);
  report('re-assemble after a break toggle', `${raw.length.toLocaleString('en')}-character page, ${analysis.breaks.length} breaks, best of 15`, bestOf(15, () => assemblePage(analysis, overrides)), 30);

  const longLine = '法治,'.repeat(200_000);
  const ascii = 'word, '.repeat(200_000);
  const scale = `${longLine.length.toLocaleString('en')} characters on one line + ${ascii.length.toLocaleString('en')} of ASCII words, best of 3`;
  report('analyze a huge line, non-Chinese', scale, bestOf(3, () => [longLine, ascii].forEach((text) => analyzePage(text))), 10_000);

  const before = '审判业务精的党员庭长担任支部书记，'.repeat(1200);
  const after = before.replace(/，/g, (match, offset: number) => (offset % 7 === 0 ? ',' : match));
  const edits = [...before].filter((character, offset) => character === '，' && offset % 7 === 0).length;
  report('character diff (raw vs. cleaned)', `${before.length.toLocaleString('en')} characters, ${edits} scattered edits, best of 3`, bestOf(3, () => charDiff(before, after)), 2_000);
  await Promise.resolve();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchEditing();
