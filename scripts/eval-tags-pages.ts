// Court and theme tagging on whole pages, as the analyzer segments them, article by article:
// which tag errors come with a clean article and which with a piece of one or two merged
// (the article matching of ../shared/eval/score.mjs: each gold article takes the prediction
// holding most of its raw lines).
//
//   npx tsx scripts/eval-tags-pages.ts --dir corpus/pages/train/mutool [--errors] [--kind clean|cut|merged]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzePage } from '../core/analysis/analyze-page';
import type { ArticleDoc, PageDoc } from '../core/model/page-doc';
import type { TagSuggestion } from '../core/model/vocabulary';
import { loadDefaultVocabulary } from '../main/vocab/default-vocabulary';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dirs = args.flatMap((arg, index) => (args[index - 1] === '--dir' ? [path.resolve(arg)] : []));
const onlyErrors = args.includes('--errors');
const onlyKind = option('--kind');
const verbose = args.includes('--verbose');
/** The evidence of every court suggested for a predicted article that the gold does not have. */
function evidence(article: (ArticleDoc & { suggestions?: TagSuggestion[] }) | null, goldCourts: readonly string[]): string[] {
  return (article?.suggestions ?? [])
    .filter((suggestion) => suggestion.type === 'court' && !goldCourts.includes(suggestion.name))
    .map((suggestion) => `        ${article?.courts.includes(suggestion.name) ? 'FP' : '  '} ${suggestion.name} ${suggestion.score}: ${suggestion.evidence.map((item) => `${item.phrase}@${item.place}`).join(' ')}`);
}
const vocabulary = loadDefaultVocabulary();

const FIELDS = ['title', 'subtitle', 'byline', 'dateline', 'credit'] as const;
const norm = (text: string | null | undefined) => (text ?? '').normalize('NFKC').replace(/[\s*#]/g, '');

interface Unit {
  article: number;
  norm: string;
}
function units(doc: Pick<PageDoc, 'furniture' | 'articles'>): Unit[] {
  const out: Unit[] = [];
  for (const item of doc.furniture ?? []) out.push({ article: -1, norm: norm(item) });
  doc.articles.forEach((article, index) => {
    for (const field of FIELDS) if (article[field]) out.push({ article: index, norm: norm(article[field]) });
    for (const block of article.blocks) out.push({ article: index, norm: norm(block.text) });
  });
  return out;
}
const CONTEXT = 8;
function lineArticle(all: Unit[], line: string): number | null {
  const whole = all.find((unit) => unit.norm === line);
  if (whole) return whole.article;
  for (const probe of [line.slice(-CONTEXT), line.slice(0, CONTEXT)]) {
    const found = all.find((unit) => unit.norm.includes(probe));
    if (found) return found.article;
  }
  return null;
}

const totals = { clean: { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 }, cut: { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 }, merged: { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 }, unmatched: { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 } };
type Kind = keyof typeof totals;
const summary = (article: ArticleDoc | null) => (article ? `${article.title ?? '∅'} | ${(article.blocks[0]?.text ?? '').slice(0, 30)}` : '∅');

for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PageDoc;
    const raw = readFileSync(path.join(dir, file.replace(/\.gold\.json$/u, '.txt')), 'utf8');
    const predicted = analyzePage(raw, { source: file, vocabulary }) as unknown as PageDoc;
    const lines = raw.split(/\r?\n/u).map(norm).filter(Boolean);
    const goldUnits = units(gold);
    const predUnits = units(predicted);
    const goldOf = lines.map((line) => lineArticle(goldUnits, line) ?? -2);
    const predOf = lines.map((line) => lineArticle(predUnits, line));
    const used = new Set<number>();
    const match = gold.articles.map((_, goldIndex) => {
      const votes = new Map<number, number>();
      lines.forEach((_, line) => {
        const pred = predOf[line];
        if (goldOf[line] === goldIndex && pred !== null && pred >= 0) votes.set(pred, (votes.get(pred) ?? 0) + 1);
      });
      const best = [...votes.entries()].filter(([index]) => !used.has(index)).sort((left, right) => right[1] - left[1])[0];
      if (!best) return null;
      used.add(best[0]);
      return best[0];
    });
    gold.articles.forEach((goldArticle, goldIndex) => {
      const predIndex = match[goldIndex];
      const pred = predIndex === null ? null : predicted.articles[predIndex];
      let kind: Kind = 'unmatched';
      if (predIndex !== null) {
        const goldLines = lines.filter((_, line) => goldOf[line] === goldIndex).length;
        const shared = lines.filter((_, line) => goldOf[line] === goldIndex && predOf[line] === predIndex).length;
        const foreign = lines.filter((_, line) => goldOf[line] !== goldIndex && goldOf[line] >= 0 && predOf[line] === predIndex).length;
        kind = foreign > 0 ? 'merged' : shared < goldLines ? 'cut' : 'clean';
      }
      const goldCourts = new Set(goldArticle.courts);
      const predCourts = new Set(pred?.courts ?? []);
      const bucket = totals[kind];
      for (const court of predCourts) {
        if (goldCourts.has(court)) bucket.tp++;
        else bucket.fp++;
      }
      for (const court of goldCourts) if (!predCourts.has(court)) bucket.fn++;
      const themeHit = !goldArticle.themes.length || (pred?.themes ?? []).includes(goldArticle.themes[0]);
      if (goldArticle.themes.length) {
        bucket.themes++;
        if (themeHit) bucket.hits++;
      }
      const courtsOk = predCourts.size === goldCourts.size && [...predCourts].every((court) => goldCourts.has(court));
      if ((onlyErrors && courtsOk && themeHit) || (onlyKind && onlyKind !== kind)) return;
      console.log(`${courtsOk && themeHit ? ' ' : '✗'} ${kind.padEnd(9)} ${file.slice(0, 22)} gold: ${summary(goldArticle)}`);
      if (kind !== 'clean') console.log(`      pred: ${summary(pred)}`);
      if (!courtsOk) console.log(`      courts gold ${JSON.stringify(goldArticle.courts)} pred ${JSON.stringify(pred?.courts ?? [])}`);
      if (!courtsOk && verbose) for (const line of evidence(pred, goldArticle.courts)) console.log(line);
      if (!themeHit) console.log(`      themes gold ${JSON.stringify(goldArticle.themes)} pred ${JSON.stringify(pred?.themes ?? [])}`);
    });
    predicted.articles.forEach((article, index) => {
      if (match.includes(index) || !article.courts.length) return;
      totals.unmatched.fp += article.courts.length;
      if (onlyKind && onlyKind !== 'unmatched') return;
      console.log(`✗ extra     ${file.slice(0, 22)} pred: ${summary(article)}\n      courts ${JSON.stringify(article.courts)}`);
      if (verbose) for (const line of evidence(article, [])) console.log(line);
    });
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
let all = { tp: 0, fp: 0, fn: 0, themes: 0, hits: 0 };
for (const [kind, bucket] of Object.entries(totals)) {
  all = { tp: all.tp + bucket.tp, fp: all.fp + bucket.fp, fn: all.fn + bucket.fn, themes: all.themes + bucket.themes, hits: all.hits + bucket.hits };
  console.log(`${kind.padEnd(10)} articles ${String(bucket.themes).padStart(4)}  court tp ${bucket.tp} fp ${bucket.fp} fn ${bucket.fn}  theme ${round(bucket.hits / Math.max(1, bucket.themes))}`);
}
const precision = all.tp / Math.max(1, all.tp + all.fp);
const recall = all.tp / Math.max(1, all.tp + all.fn);
console.log(`court P ${round(precision)} R ${round(recall)} F1 ${round((2 * precision * recall) / (precision + recall || 1))}  theme ${round(all.hits / Math.max(1, all.themes))}`);
