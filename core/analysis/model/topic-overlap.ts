import type { LineFeatures } from '../line-features';

/** How far a head's words are looked for: the text it would close, and the text it would open. */
const BEFORE_LINES = 40;
const AFTER_LINES = 12;

function bigramsOf(text: string): Set<string> {
  const han = text.replace(/[^\u4e00-\u9fff]/gu, '');
  const grams = new Set<string>();
  for (let index = 0; index + 1 < han.length; index++) grams.add(han.slice(index, index + 2));
  return grams;
}

function shareFound(grams: Set<string>, text: string): number {
  if (grams.size === 0) return 0;
  let found = 0;
  for (const gram of grams) if (text.includes(gram)) found++;
  return found / grams.size;
}

/**
 * For a head: which share of its words (Han bigrams) the text above it, back to the last title,
 * and the text below it use. A section head speaks of the article it stands in; a new article's
 * headline speaks of the text below it and not of the one above.
 */
export function topicOverlap(lines: readonly LineFeatures[], position: number, lastTitle: number): { before: number; after: number } {
  const grams = bigramsOf(lines[position].content);
  const from = Math.max(lastTitle, position - BEFORE_LINES, 0);
  const before = lines.slice(from, position).map((line) => line.content).join('');
  const after = lines.slice(position + 1, position + 1 + AFTER_LINES).map((line) => line.content).join('');
  return { before: shareFound(grams, before), after: shareFound(grams, after) };
}
