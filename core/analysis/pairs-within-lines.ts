// Which two Han characters a page writes side by side inside its lines. A line's end cuts words
// wherever the measure falls (法|院, 约|定, a headline's 孩|子), and an article's words come back
// on its page, so a pair the page writes elsewhere is evidence that two lines read on from one
// another; two lines that do not (columns side by side, a head over its text) meet by chance.
// (The column reader weighs the language's pairs beside them: model/char-pairs.ts. The break rules
// and headline joins keep to the page's own, but for a head's tail shaped like a name, …评选结 / 果揭晓,
// where a word of the language far above chance tells the two apart.)

import { foldRadicals, RADICAL_IDEOGRAPHS } from '../normalize/radical-ideographs';
import type { LineFeatures } from './line-features';

/** Whether the page writes these two characters side by side inside a line. */
export type PairSeen = (before: string, after: string) => boolean;

/** Han characters, the radicals extractors write for some of them included (⼈⺠, U+2E80–U+2FDF). */
export const isHanCode = (code: number) => (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0x3400 && code <= 0x9fff);

/** A radical an extractor wrote (⼀, ⺠) read as the ideograph it stands for: a page may mix both forms. */
export function folded(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0x2fdf ? (RADICAL_IDEOGRAPHS.get(char) ?? char).charCodeAt(0) : code;
}

/** Questions answered by searching the page's text before the pairs are gathered into a set. */
const SEARCHED_QUESTIONS = 64;

/**
 * Most pages ask a few dozen questions (the break rules, the headline joins): those are answered by
 * searching the page's text. A page whose columns are read asks thousands: the pairs are then built
 * into a set once, kept as numbers (two UTF-16 units), so a long page allocates no string per pair.
 */
export function pairsWithinLines(lines: readonly string[]): PairSeen {
  let pairs: Set<number> | null = null;
  let text: string | null = null;
  let asked = 0;
  return (before, after) => {
    if (!isHanCode(before.charCodeAt(0)) || !isHanCode(after.charCodeAt(0))) return false;
    if (pairs === null && ++asked <= SEARCHED_QUESTIONS) {
      // A page's lines with every radical read as its ideograph, one line a row: a pair never spans two rows.
      text ??= foldRadicals(lines.join('\n')).text;
      return text.includes(String.fromCharCode(folded(before), folded(after)));
    }
    if (pairs === null) {
      pairs = new Set();
      for (const line of lines) {
        let previous = -1;
        for (let index = 0; index < line.length; index++) {
          const code = line.charCodeAt(index);
          if (!isHanCode(code)) {
            previous = -1;
            continue;
          }
          const char = code <= 0x2fdf ? folded(line[index]) : code;
          if (previous >= 0) pairs.add(previous * 0x10000 + char);
          previous = char;
        }
      }
    }
    return pairs.has(folded(before) * 0x10000 + folded(after));
  };
}

const pagePairs = new WeakMap<readonly LineFeatures[], PairSeen>();
/** The pairs of a page's feature lines, one set however many readers ask (the break rules, the headline joins). */
export function pairsOfPage(lines: readonly LineFeatures[]): PairSeen {
  let pairSeen = pagePairs.get(lines);
  if (!pairSeen) pagePairs.set(lines, (pairSeen = pairsWithinLines(lines.map((line) => line.content))));
  return pairSeen;
}
