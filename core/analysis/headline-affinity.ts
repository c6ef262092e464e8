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

// A block is compared against every article's headline: its Han characters are gathered once per block.
const unitHan = new WeakMap<RoledUnit, string>();
function hanOfUnit(unit: RoledUnit): string {
  let han = unitHan.get(unit);
  if (han === undefined) unitHan.set(unit, (han = unitText(unit).replace(/[^\u4e00-\u9fff]/gu, '')));
  return han;
}

/**
 * How many distinct character pairs of the block also occur in the article's headline and subtitle.
 * Counted from the headline's side (a few pairs, looked up in the block's characters): the shared
 * pairs are the same from either side, and a long block then builds no set of its own.
 */
export function affinity(unit: RoledUnit, head: Set<string>): number {
  const han = hanOfUnit(unit);
  let shared = 0;
  for (const pair of head) if (han.includes(pair)) shared++;
  return shared;
}
