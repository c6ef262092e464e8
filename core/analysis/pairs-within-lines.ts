// Which two Han characters a page writes side by side inside its lines. A line's end cuts words
// wherever the measure falls (法|院, 约|定, a headline's 孩|子), and an article's words come back
// on its page, so a pair the page writes elsewhere is evidence that two lines read on from one
// another; two lines that do not (columns side by side, a head over its text) meet by chance.
// (A pair list of the language, counted over the corpus's train articles, was tried beside it for
// column reading: on held-out pages it mended a few breaks and cost more article starts than it
// mended, so only the page's own pairs count.)

import { RADICAL_IDEOGRAPHS } from '../normalize/radical-ideographs';

/** Whether the page writes these two characters side by side inside a line. */
export type PairSeen = (before: string, after: string) => boolean;

/** Han characters, the radicals extractors write for some of them included (⼈⺠, U+2E80–U+2FDF). */
const HAN = /^[\u2e80-\u2fdf\u3400-\u9fff]$/u;

/** A radical an extractor wrote (⼀, ⺠) read as the ideograph it stands for: a page may mix both forms. */
const fold = (char: string) => RADICAL_IDEOGRAPHS.get(char) ?? char;

/** Built on the first question: most pages never ask (no columns to read, no head to mend). */
export function pairsWithinLines(lines: readonly string[]): PairSeen {
  let pairs: Set<string> | null = null;
  return (before, after) => {
    if (!HAN.test(before) || !HAN.test(after)) return false;
    if (pairs === null) {
      pairs = new Set();
      for (const line of lines) {
        const chars = [...line].map(fold);
        for (let index = 0; index + 1 < chars.length; index++) if (HAN.test(chars[index]) && HAN.test(chars[index + 1])) pairs.add(chars[index] + chars[index + 1]);
      }
    }
    return pairs.has(fold(before) + fold(after));
  };
}
