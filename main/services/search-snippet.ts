// A short excerpt around the first match with every match wrapped in
// U+E000 … U+E001, so the renderer highlights without any HTML crossing the API.
import { wordsOf } from '../store/search-grams';

export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

const BEFORE = 24;
const LENGTH = 90;

function escapeForPattern(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term as the index matches it (see store/search-grams.ts): its words exactly, whatever
 * stands between them as any run of characters that are not letters or digits, none at its ends.
 */
function termPattern(term: string): string | null {
  const words = wordsOf(term);
  return words.length ? words.map(escapeForPattern).join('[^\\p{L}\\p{N}]+') : null;
}

export function searchSnippet(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const patterns = terms.map(termPattern).filter((pattern): pattern is string => pattern !== null);
  if (patterns.length === 0) return cut(flat, 0);
  const pattern = new RegExp(patterns.sort((left, right) => right.length - left.length).join('|'), 'giu');
  const first = flat.search(pattern);
  const start = first < 0 ? 0 : Math.max(0, first - BEFORE);
  return cut(flat, start).replace(pattern, (match) => `${MATCH_START}${match}${MATCH_END}`);
}

function cut(text: string, start: number): string {
  const end = Math.min(text.length, start + LENGTH);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
