// Counts which Han characters the training text writes side by side and writes
// core/analysis/model/char-pairs.json (their pointwise mutual information, core/analysis/model/char-pairs.ts).
//   npm run train            (tsx scripts/train/train-char-pairs.ts [--check])
// --check counts and compares with the shipped JSON instead of writing it (exit 1 if different).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHAR_PAIRS_VERSION, type CharPairsFile } from '../../core/analysis/model/char-pairs';
import { isHanCode } from '../../core/analysis/pairs-within-lines';
import type { GoldDoc } from '../eval-variants/render';
import { collectGoldPages } from './collect-pages';
import { writeOrCheck } from './write-or-check';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tablePath = path.join(repoRoot, 'core', 'analysis', 'model', 'char-pairs.json');
/** Bits the information is rounded down to: finer steps would only grow the file. */
export const STEP = 0.5;

/** A Han character the table can hold: one UTF-16 unit, as its pairs are written, read as pairs-within-lines reads the page's. */
const isHanUnit = (char: string) => char.length === 1 && isHanCode(char.charCodeAt(0));

/** The text of each article of the golds once: one article is set on many corpus pages. */
export function articleTexts(golds: readonly GoldDoc[]): string[][] {
  const seen = new Set<string>();
  const texts: string[][] = [];
  for (const gold of golds) {
    for (const article of gold.articles) {
      const units = [article.title, article.subtitle, article.byline, article.dateline, ...article.blocks.map((block) => block.text), article.credit].filter((text): text is string => !!text);
      const key = units.join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      texts.push(units);
    }
  }
  return texts;
}

/** Each pair's information from the texts (each a list of units: no pair runs from one unit into the next). */
export function countCharPairs(articles: readonly string[][]): CharPairsFile {
  const singles = new Map<string, number>();
  const pairs = new Map<string, number>();
  let characters = 0;
  for (const units of articles) {
    for (const unit of units) {
      let previous = '';
      for (const char of unit.replace(/\s/gu, '')) {
        if (!isHanUnit(char)) {
          previous = '';
          continue;
        }
        characters++;
        singles.set(char, (singles.get(char) ?? 0) + 1);
        if (previous) pairs.set(previous + char, (pairs.get(previous + char) ?? 0) + 1);
        previous = char;
      }
    }
  }
  const levels = new Map<number, string[]>();
  for (const [pair, count] of pairs) {
    const bits = Math.log2((count * characters) / ((singles.get(pair[0]) as number) * (singles.get(pair[1]) as number)));
    const level = Math.floor(bits / STEP) * STEP;
    if (level <= 0) continue;
    if (!levels.has(level)) levels.set(level, []);
    (levels.get(level) as string[]).push(pair);
  }
  const sorted = [...levels.keys()].sort((a, b) => a - b);
  return {
    version: CHAR_PAIRS_VERSION,
    trainedOn: { articles: articles.length, characters, pairs: sorted.reduce((sum, level) => sum + (levels.get(level) as string[]).length, 0) },
    step: STEP,
    levels: Object.fromEntries(sorted.map((level) => [String(level), (levels.get(level) as string[]).sort().join('')])),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = countCharPairs(articleTexts(collectGoldPages(repoRoot).map((page) => page.gold)));
  const json = `${JSON.stringify(table)}\n`;
  console.log(`char pairs: ${table.trainedOn.pairs} pairs above chance from ${table.trainedOn.characters} characters of ${table.trainedOn.articles} articles`);
  writeOrCheck(repoRoot, tablePath, json, 'char pairs');
}
