import type { DraftArticle, RoledUnit } from './segment-articles';
import { unitText } from './text-units';

// Which headline a block of text belongs to, by the character pairs they share: a block names what
// its headline names (院史馆, 草场, 巡回法官), and another article's headline far less.

export function bigrams(text: string): Set<string> {
  const result = new Set<string>();
  const han = text.replace(/[^\u4e00-\u9fff]/gu, '');
  for (let index = 0; index + 1 < han.length; index++) result.add(han.slice(index, index + 2));
  return result;
}

export function headBigrams(article: DraftArticle): Set<string> {
  return bigrams(unitText(article.title) + unitText(article.subtitle));
}

// A block's pairs are compared against every article's headline: build them once per block.
const unitPairs = new WeakMap<RoledUnit, Set<string>>();
export function bigramsOfUnit(unit: RoledUnit): Set<string> {
  let pairs = unitPairs.get(unit);
  if (!pairs) unitPairs.set(unit, (pairs = bigrams(unitText(unit))));
  return pairs;
}

/** How many distinct character pairs of the block also occur in the article's headline and subtitle. */
export function affinity(unit: RoledUnit, head: Set<string>): number {
  let shared = 0;
  for (const pair of bigramsOfUnit(unit)) if (head.has(pair)) shared++;
  return shared;
}
