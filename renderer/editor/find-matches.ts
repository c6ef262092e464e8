import type { Transaction } from '@tiptap/pm/state';
import { textPieces, type DocText } from './doc-text';

export interface FindMatch {
  from: number;
  to: number;
  /** The text it covers, split where a break point stands inside it (the point is kept when replacing). */
  pieces: Array<{ from: number; to: number }>;
}

/**
 * Every occurrence of `query` in the document's text, as document ranges, letters compared
 * without case. A match may span the invisible break points where raw lines joined (the
 * editor reads 党建品牌 however it was wrapped) but never crosses from one block to the next.
 */
export function findMatches(text: DocText, query: string): FindMatch[] {
  if (query === '') return [];
  const haystack = text.text.toLowerCase();
  const needle = query.toLowerCase();
  // Lower-casing keeps every offset only when it keeps the length (it does for CJK, Latin and digits).
  const folded = haystack.length === text.text.length && needle.length === query.length;
  const source = folded ? haystack : text.text;
  const target = folded ? needle : query;
  const matches: FindMatch[] = [];
  for (let at = source.indexOf(target); at >= 0; at = source.indexOf(target, at + target.length)) {
    const pieces = textPieces(text, at, at + target.length);
    if (pieces) matches.push({ from: pieces[0].from, to: pieces[pieces.length - 1].to, pieces });
  }
  return matches;
}

/** The replacement goes where the match's first piece stood; the other pieces' text goes, the break points between stay. */
export function replaceMatch(tr: Transaction, match: FindMatch, replacement: string): void {
  for (const piece of match.pieces.slice(1).reverse()) tr.delete(piece.from, piece.to);
  const first = match.pieces[0];
  if (replacement) tr.insertText(replacement, first.from, first.to);
  else tr.delete(first.from, first.to);
}
