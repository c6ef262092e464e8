// Where the PDF layout engine loses points, page by page: each gold article matched to a predicted
// one as the shared scorer matches them, then every title and field that differs, and the character
// edits behind CER (which characters and spaces are missing, extra or changed).
//
//   npx tsx scripts/pdf-losses.ts [--split train] [--page NAME] [--cache DIR]
//
// Train split only by default: the test split is frozen and must not be looked at for tuning.
// `--cache DIR` keeps each page's pdf.js geometry as JSON, so a change in core/ reruns in seconds
// (delete the folder after changing main/pdf/read-pdf.ts).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzePdfPage } from '../core/pdf/analyze-pdf-page';
import type { PdfPageLayout } from '../core/model/pdf-layout';
import { tryLoadDefaultVocabulary } from '../main/cli/vocabulary-loader';
import { readPdf } from '../main/pdf/read-pdf';

interface Article { title?: string | null; subtitle?: string | null; byline?: string | null; dateline?: string | null; credit?: string | null; blocks?: Array<{ type: string; text?: string }> }
interface Doc { furniture?: string[]; articles?: Article[] }

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = opt('--split') ?? 'train';
const onlyPage = opt('--page');
const cache = opt('--cache');
const folder = path.resolve(import.meta.dirname, '..', 'corpus', 'pdf', split);

// The scorer's canonical form and matching (../shared/eval/score.mjs), kept in step with it.
const norm = (text: string | null | undefined) => (text ?? '').normalize('NFKC').replace(/[\s*#]/gu, '');
const FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;
function units(doc: Doc) {
  const out: Array<{ article: number; norm: string }> = [];
  for (const item of doc.furniture ?? []) out.push({ article: -1, norm: norm(item) });
  (doc.articles ?? []).forEach((article, index) => {
    for (const field of FIELDS) if (article[field]) out.push({ article: index, norm: norm(article[field]) });
    for (const block of article.blocks ?? []) out.push({ article: index, norm: norm(block.text) });
  });
  return out;
}
function lineArticle(all: ReturnType<typeof units>, line: string): number | null {
  const whole = all.find((unit) => unit.norm === line);
  if (whole) return whole.article;
  for (const probe of [line.slice(-8), line.slice(0, 8)]) {
    const unit = all.find((candidate) => candidate.norm.includes(probe));
    if (unit) return unit.article;
  }
  return null;
}
const articleText = (article: Article) => (article.blocks ?? []).map((block) => (block.text ?? '').trim()).join('\n');

/** Character edits turning `predicted` into `gold`, grouped into runs with a little context. */
function edits(predicted: string, gold: string): string[] {
  const n = predicted.length;
  const m = gold.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = 0; i <= n; i++) table[i][0] = i;
  for (let j = 0; j <= m; j++) table[0][j] = j;
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) table[i][j] = Math.min(table[i - 1][j - 1] + (predicted[i - 1] === gold[j - 1] ? 0 : 1), table[i - 1][j] + 1, table[i][j - 1] + 1);
  const ops: Array<{ kind: '=' | '-' | '+' | '~'; p: string; g: string; at: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && table[i][j] === table[i - 1][j - 1] + (predicted[i - 1] === gold[j - 1] ? 0 : 1)) {
      ops.push({ kind: predicted[i - 1] === gold[j - 1] ? '=' : '~', p: predicted[i - 1], g: gold[j - 1], at: j - 1 });
      i--;
      j--;
    } else if (i > 0 && table[i][j] === table[i - 1][j] + 1) {
      ops.push({ kind: '-', p: predicted[i - 1], g: '', at: j });
      i--;
    } else {
      ops.push({ kind: '+', p: '', g: gold[j - 1], at: j - 1 });
      j--;
    }
  }
  ops.reverse();
  const out: string[] = [];
  for (let index = 0; index < ops.length; index++) {
    if (ops[index].kind === '=') continue;
    let end = index;
    while (end + 1 < ops.length && ops[end + 1].kind !== '=') end++;
    const run = ops.slice(index, end + 1);
    const at = run[0].at;
    const show = (text: string) => JSON.stringify(text);
    out.push(`    pred ${show(run.map((op) => op.p).join(''))} gold ${show(run.map((op) => op.g).join(''))}  …${gold.slice(Math.max(0, at - 8), at)}|${gold.slice(at, at + 8)}…`);
    index = end;
  }
  return out;
}

async function layoutOf(name: string): Promise<PdfPageLayout> {
  const cached = cache ? path.join(cache, `${name}.layout.json`) : null;
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as PdfPageLayout;
  const [layout] = await readPdf(new Uint8Array(readFileSync(path.join(folder, `${name}.pdf`))));
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(cached, JSON.stringify(layout));
  }
  return layout;
}

const vocabulary = (await tryLoadDefaultVocabulary()) ?? undefined;
const names = readdirSync(folder).filter((file) => file.endsWith('.pdf')).map((file) => file.replace(/\.pdf$/u, '')).filter((name) => !onlyPage || name === onlyPage).sort();
const totals = { titles: 0, titlesOk: 0, fields: 0, fieldsOk: 0, cerDist: 0, cerLen: 0 };
const fieldLosses = new Map<string, number>();
for (const name of names) {
  const gold = JSON.parse(readFileSync(path.join(folder, `${name}.gold.json`), 'utf8')) as Doc;
  const predicted = JSON.parse(JSON.stringify(analyzePdfPage(await layoutOf(name), { source: `${name}.txt`, vocabulary }))) as Doc;
  const lines = readFileSync(path.join(folder, `${name}.txt`), 'utf8').split(/\r?\n/u).map(norm).filter(Boolean);
  const goldUnits = units(gold);
  const predictedUnits = units(predicted);
  const goldArticle = lines.map((line) => lineArticle(goldUnits, line) ?? -2);
  const predictedArticle = lines.map((line) => lineArticle(predictedUnits, line));
  const used = new Set<number>();
  const report: string[] = [];
  (gold.articles ?? []).forEach((goldOne, goldIndex) => {
    const votes = new Map<number, number>();
    lines.forEach((_, index) => {
      const at = predictedArticle[index];
      if (goldArticle[index] === goldIndex && at !== null && at >= 0) votes.set(at, (votes.get(at) ?? 0) + 1);
    });
    const best = [...votes.entries()].filter(([index]) => !used.has(index)).sort((a, b) => b[1] - a[1])[0];
    const match = best ? (used.add(best[0]), predicted.articles?.[best[0]]) : undefined;
    for (const field of FIELDS) {
      const ok = !!match && norm(match[field]) === norm(goldOne[field]);
      if (field === 'title') {
        totals.titles++;
        if (ok) totals.titlesOk++;
      } else {
        totals.fields++;
        if (ok) totals.fieldsOk++;
        else fieldLosses.set(field, (fieldLosses.get(field) ?? 0) + 1);
      }
      if (!ok) report.push(`  ${field}: pred ${JSON.stringify(match ? match[field] : '(no article)')} gold ${JSON.stringify(goldOne[field])}`);
    }
    const goldText = articleText(goldOne);
    const predictedText = match ? articleText(match) : '';
    const distance = match ? edits(predictedText, goldText) : [`    whole article missing (${goldText.length} chars)`];
    const count = match ? distanceOf(predictedText, goldText) : goldText.length;
    totals.cerDist += count;
    totals.cerLen += goldText.length;
    if (count) report.push(`  text of 《${goldOne.title}》: ${count} edits`, ...distance);
  });
  if (report.length) console.log(`${name} (articles ${predicted.articles?.length}/${gold.articles?.length})\n${report.join('\n')}`);
}
function distanceOf(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    previous = current;
  }
  return previous[b.length];
}
const round = (value: number) => Math.round(value * 1000) / 1000;
console.log(`\n${names.length} pages: titles ${round(totals.titlesOk / totals.titles)}  fields ${round(totals.fieldsOk / totals.fields)} (${[...fieldLosses].map(([field, count]) => `${field} −${count}`).join(', ')})  CER ${round(totals.cerDist / totals.cerLen)} (${totals.cerDist} edits)`);
