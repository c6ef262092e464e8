// How the analyzer generalizes: re-renders each public gold page in the other layouts such pages
// come in (narrow and wide columns, one line per paragraph, markdown-ish, U+3000-indented
// copy-paste, CRLF/BOM) with an independent renderer, checks that the gold is still a perfect
// answer for every variant, runs analyzePage on it as scripts/eval.ts does and scores it with
// /work/shared/eval/score.mjs.
//
//   npx tsx scripts/eval-variants.ts                     # the table, 5 seeds per layout
//   npx tsx scripts/eval-variants.ts --seeds 5 --layouts narrow,markdown
//   npx tsx scripts/eval-variants.ts --explain narrow    # also list what went wrong, page by page
//   npx tsx scripts/eval-variants.ts --reasons narrow    # wrong breaks grouped by the engine's reason
//   npx tsx scripts/eval-variants.ts --out DIR --json    # keep the variants/predictions; JSON table
//   npx tsx scripts/eval-variants.ts --ablate no-split-heads,no-wrap-short   # take traits out (see ABLATIONS)
//   npx tsx scripts/eval-variants.ts --layouts narrow --width 16              # fix the column width
//
// Variants and predictions are written to DIR/LAYOUT/{gold,pred} (default: a new temp folder, kept
// so that the pages can be looked at; the path is printed). --out DIR is emptied first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../core/analysis/analyze-page';
import { toPageDocJson } from '../main/cli/page-doc-json';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';
import { checkVariant } from './eval-variants/check';
import { explainPage, wrongBreaksByReason } from './eval-variants/explain';
import { ABLATIONS, type Ablation, type GoldDoc, LAYOUTS, type LayoutName, rawText, renderPage } from './eval-variants/render';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const goldDir = path.join(shared, 'eval', 'gold');
const scorer = path.join(shared, 'eval', 'score.mjs');

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = Number(opt('--seeds') ?? 5);
const only = opt('--layouts')?.split(',');
const explain = opt('--explain')?.split(',') ?? [];
const reasons = opt('--reasons')?.split(',') ?? [];
const asJson = args.includes('--json');
const fixedWidth = opt('--width') === undefined ? undefined : Number(opt('--width'));
const ablations = (opt('--ablate')?.split(',') ?? []) as Ablation[];
for (const name of ablations) {
  if (!(name in ABLATIONS)) {
    console.error(`unknown ablation ${name}; one of:\n${Object.entries(ABLATIONS).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
    process.exit(2);
  }
}
// A fresh temp folder per run unless --out is given, so that runs side by side do not collide.
const outRoot = path.resolve(opt('--out') ?? mkdtempSync(path.join(os.tmpdir(), 'qinggao-eval-variants-')));
const layouts = LAYOUTS.filter((l) => !only || only.includes(l.name));
if (!layouts.length) {
  console.error(`unknown layout; one of ${LAYOUTS.map((l) => l.name).join(', ')}`);
  process.exit(2);
}

const METRICS = [
  ['break_accuracy', 'break', 0.97, 'min'],
  ['wrap_accuracy', 'wrap', null, 'min'],
  ['gap_accuracy', 'gap', 0.93, 'min'],
  ['segment_f1', 'seg_f1', 0.93, 'min'],
  ['article_count_exact', 'count', null, 'min'],
  ['title_exact', 'title', 0.9, 'min'],
  ['fields_exact', 'fields', 0.9, 'min'],
  ['cer', 'cer', 0.02, 'max'],
  ['court_f1', 'court', 0.9, 'min'],
  ['theme_primary_hit', 'theme', 0.8, 'min'],
] as const;

const pages = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.gold\.json$/u, '');
    return {
      name,
      goldText: readFileSync(path.join(goldDir, f), 'utf8'),
      gold: JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldDoc,
      raw: readFileSync(path.join(goldDir, `${name}.txt`), 'utf8'),
    };
  });

const vocabulary = await tryLoadDefaultVocabulary();
rmSync(outRoot, { recursive: true, force: true });

type Summary = Record<string, number>;
const rows: { layout: LayoutName; summary: Summary; pages: number; breaks: number; wraps: number; gaps: number; labelNoise: number; locateNoise: number }[] = [];
const explanations: string[] = [];
const reasonLists: string[] = [];
let invalid = 0;

for (const { name: layout } of layouts) {
  const tmpGold = path.join(outRoot, layout, 'gold');
  const tmpPred = path.join(outRoot, layout, 'pred');
  mkdirSync(tmpGold, { recursive: true });
  mkdirSync(tmpPred, { recursive: true });
  const seedCount = layout === 'crlf' || layout === 'bom' ? 1 : seeds;
  let labelNoise = 0;
  let locateNoise = 0;
  let breaks = 0;
  let wraps = 0;
  let gaps = 0;
  const produced: { name: string; raw: string; gold: GoldDoc }[] = [];
  const byReason = new Map<string, string[]>();
  for (let seed = 1; seed <= seedCount; seed++) {
    for (const page of pages) {
      const rendered = renderPage(page.gold, page.raw, layout, seed, { ablations, width: fixedWidth });
      const raw = rawText(rendered);
      const check = checkVariant(page.gold, rendered, raw, layout === 'narrow' || layout === 'wide' || layout === 'indented');
      if (layout === 'crlf' || layout === 'bom') {
        const back = raw.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n');
        if (back.replace(/\n+$/u, '') !== page.raw.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n').replace(/\n+$/u, '')) check.errors.push('original text not kept');
      }
      if (check.errors.length) {
        invalid++;
        console.error(`INVALID VARIANT ${layout} ${page.name} seed ${seed}:\n  ${check.errors.slice(0, 5).join('\n  ')}`);
      }
      labelNoise += check.labelNoise;
      locateNoise += check.locateNoise;
      breaks += check.breaks;
      wraps += check.wraps;
      gaps += check.gaps;
      const name = `${page.name}~${layout}-s${seed}`;
      writeFileSync(path.join(tmpGold, `${name}.txt`), raw);
      writeFileSync(path.join(tmpGold, `${name}.gold.json`), page.goldText);
      const analysis = analyzePage(raw, { source: `${name}.txt`, vocabulary: vocabulary ?? undefined });
      const json = toPageDocJson(analysis);
      writeFileSync(path.join(tmpPred, `${name}.json`), json);
      writeFileSync(path.join(tmpGold, `${name}.params.json`), `${JSON.stringify(rendered.params)}\n`);
      produced.push({ name, raw, gold: page.gold });
      if (reasons.includes(layout) || reasons.includes('all')) {
        // The true join of two raw lines: the last piece of one and the first of the other are one gold unit.
        const owner = new Map(rendered.lines.map((line, index) => [index, line] as const));
        const trueJoin = (before: number, after: number): boolean | null => {
          const a = owner.get(before);
          const b = owner.get(after);
          if (!a?.length || !b?.length || a[0].unit === '?') return null;
          return a[a.length - 1].unit === b[0].unit;
        };
        const predicted = JSON.parse(json) as { breaks: Parameters<typeof wrongBreaksByReason>[3] };
        wrongBreaksByReason(name, raw, page.gold, predicted.breaks, trueJoin, byReason);
      }
      if (explain.includes(layout) || explain.includes('all')) {
        explanations.push(...explainPage(name, raw, page.gold, JSON.parse(json) as GoldDoc));
      }
    }
  }
  if (byReason.size) {
    reasonLists.push(`## ${layout}: wrong breaks by the engine's reason`);
    for (const [key, list] of [...byReason].sort((x, y) => y[1].length - x[1].length)) {
      reasonLists.push(`${String(list.length).padStart(4)}  ${key}`, ...list.slice(0, 3).map((e) => `        ${e}`));
    }
  }
  const scored = JSON.parse(execFileSync('node', [scorer, '--gold', tmpGold, '--pred', tmpPred, '--json'], { encoding: 'utf8' })) as {
    summary: Summary;
  };
  // score.mjs reports 0 for a kind of break the pages do not have; that is no accuracy at all.
  const summary: Summary = { ...scored.summary };
  if (wraps === 0) summary.wrap_accuracy = Number.NaN;
  if (gaps === 0) summary.gap_accuracy = Number.NaN;
  rows.push({ layout, summary, pages: produced.length, breaks, wraps, gaps, labelNoise, locateNoise });
}

const misses = (s: Summary): string[] =>
  METRICS.filter(([key, , target, dir]) => target !== null && !Number.isNaN(s[key]) && (dir === 'min' ? s[key] < target : s[key] > target)).map(([, short]) => short);

if (asJson) {
  console.log(JSON.stringify({ out: outRoot, invalid, rows }, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2));
} else {
  if (explanations.length) console.log(`${explanations.join('\n')}\n`);
  if (reasonLists.length) console.log(`${reasonLists.join('\n')}\n`);
  const header = ['layout'.padEnd(17), 'pages', ...METRICS.map(([, short]) => short.padStart(6)), ' misses'];
  console.log(header.join(' '));
  console.log(
    ['target'.padEnd(17), '     ', ...METRICS.map(([, , t, dir]) => (t === null ? '' : `${dir === 'min' ? '≥' : '≤'}${t}`).padStart(6)), ''].join(' '),
  );
  for (const row of rows) {
    const cells = METRICS.map(([key]) => (Number.isNaN(row.summary[key]) ? 'n/a' : row.summary[key].toFixed(3)).padStart(6));
    console.log([row.layout.padEnd(17), String(row.pages).padStart(5), ...cells, ` ${misses(row.summary).join(',') || '-'}`].join(' '));
  }
  console.log(`\nvariants and predictions: ${outRoot}/LAYOUT/{gold,pred}`);
  const noise = rows.map((r) => `${r.layout} ${r.labelNoise}/${r.breaks} breaks, ${r.locateNoise} lines`).join('; ');
  console.log(`scorer probe noise (gold label ≠ true label; affects any engine alike): ${noise}`);
  console.log(invalid ? `${invalid} INVALID variants (renderer bug, see above)` : 'all variants checked: gold is a perfect answer for each');
}
process.exitCode = invalid ? 1 : 0;
