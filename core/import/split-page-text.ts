// A text file is meant to be one printed page, but some hold a whole issue or a
// year of them (a PDF dump with form feeds, pages pasted one after another). A
// page the editor can open must stay small, so such a text is cut into pages:
// on form feeds first, then before each repeated masthead or page label, and a
// part still too large at the last paragraph gap (blank line, else a line that
// ends a sentence) before the cap — never inside a paragraph.
import { endsSentence } from '../analysis/character-classes';
import { PAGE_LABEL, PUBLICATION } from '../analysis/line-patterns';
import type { PageSplitMethod } from '../model/import-notes';
import { utf8Length } from './utf8-length';

/**
 * A printed page of the supplement is 5–15 KB of text; 200 KB is over ten times
 * that, so only a text that cannot be one page is ever cut for its size.
 */
export const PAGE_BYTE_CAP = 200 * 1024;

export interface PageSplit {
  parts: string[];
  /** How the text was cut; null when it stayed one page. */
  method: PageSplitMethod | null;
}

interface Line {
  start: number;
  /** Index of the line's '\n' (or the text's end). */
  end: number;
}

function* linesOf(text: string, start: number, end: number): Generator<Line> {
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    yield { start: at, end: lineEnd };
    at = lineEnd + 1;
  }
}

/** `# 法院专刊`, `2025年06月27日 05版`: a masthead or page-label line, with its key for counting repeats. */
function mastheadKey(line: string): string | null {
  const plain = line.replace(/^[#\s\u3000]+/u, '').trim();
  if (plain.length === 0 || plain.length > 30) return null;
  if (PUBLICATION.test(plain)) return plain;
  const lastItem = plain.split(/\s+/u).at(-1)!;
  if (PAGE_LABEL.test(plain) || PAGE_LABEL.test(lastItem)) return 'page-label';
  return null;
}

/** Where each page starts, by the masthead line that repeats first in the text; [] when none repeats. */
function mastheadStarts(text: string, start: number, end: number): number[] {
  const occurrences = new Map<string, number[]>();
  for (const line of linesOf(text, start, end)) {
    if (line.end - line.start > 90) continue;
    const key = mastheadKey(text.slice(line.start, line.end));
    if (!key) continue;
    const list = occurrences.get(key);
    if (list) list.push(line.start);
    else occurrences.set(key, [line.start]);
  }
  let best: number[] = [];
  for (const list of occurrences.values()) {
    if (list.length >= 2 && (best.length === 0 || list[0] < best[0])) best = list;
  }
  return best.slice(1);
}

/** Cuts [start, end) into pieces of at most `cap` bytes at paragraph gaps. */
function cutAtParagraphs(text: string, start: number, end: number, cap: number): number[] {
  const cuts: number[] = [];
  let partStart = start;
  let partBytes = 0;
  let lastGap = -1;
  let lastSentenceEnd = -1;
  let previousBlank = false;
  let previousEndsSentence = false;
  for (const line of linesOf(text, start, end)) {
    const lineEnd = Math.min(line.end + 1, end);
    const lineText = text.slice(line.start, line.end);
    const blank = lineText.trim() === '';
    if (!blank && line.start > partStart) {
      if (previousBlank) lastGap = line.start;
      else if (previousEndsSentence) lastSentenceEnd = line.start;
    }
    let lineBytes = utf8Length(text, line.start, lineEnd);
    // Blank lines may run over: they are never where a page's text is.
    while (!blank && partBytes + lineBytes > cap && line.start > partStart) {
      const cut = lastGap > partStart ? lastGap : lastSentenceEnd > partStart ? lastSentenceEnd : line.start;
      cuts.push(cut);
      partBytes = utf8Length(text, cut, line.start);
      partStart = cut;
      lastGap = -1;
      lastSentenceEnd = -1;
    }
    // One line longer than the cap (a file without line breaks): cut after a sentence, else at the cap.
    let from = line.start;
    while (!blank && partBytes + lineBytes > cap) {
      const cut = cutInsideLine(text, from, line.end, cap - partBytes);
      if (cut <= from) break;
      cuts.push(cut);
      lineBytes -= utf8Length(text, from, cut);
      from = cut;
      partStart = cut;
      partBytes = 0;
    }
    partBytes += lineBytes;
    previousBlank = blank;
    previousEndsSentence = !blank && endsSentence(lineText.trimEnd().slice(-40));
  }
  return cuts;
}

/** The last sentence end in [from, lineEnd) within `budget` bytes, else the last character within it. */
function cutInsideLine(text: string, from: number, lineEnd: number, budget: number): number {
  let bytes = 0;
  let lastFit = from;
  let lastSentence = -1;
  for (let index = from; index < lineEnd; index++) {
    bytes += utf8Length(text, index, index + 1);
    if (bytes > budget) break;
    lastFit = index + 1;
    if ('。！？'.includes(text[index])) lastSentence = index + 1;
  }
  // Never between the halves of a surrogate pair.
  if (lastSentence > from) return lastSentence;
  const code = text.charCodeAt(lastFit - 1);
  return code >= 0xd800 && code <= 0xdbff ? lastFit - 1 : lastFit;
}

function piecesOf(text: string, start: number, end: number, cuts: readonly number[]): [number, number][] {
  const bounds = [start, ...cuts, end];
  return bounds.slice(0, -1).map((from, index) => [from, bounds[index + 1]]);
}

/** The text as one or more pages, each at most `cap` bytes of UTF-8. */
export function splitPageText(text: string, cap = PAGE_BYTE_CAP): PageSplit {
  let method: PageSplitMethod | null = null;
  let ranges: [number, number][] = [[0, text.length]];
  if (text.includes('\f')) {
    const feeds: number[] = [];
    for (let at = text.indexOf('\f'); at >= 0; at = text.indexOf('\f', at + 1)) feeds.push(at + 1);
    ranges = piecesOf(text, 0, text.length, feeds).filter(([from, to]) => text.slice(from, to).replace(/\f/gu, '').trim() !== '');
    if (ranges.length > 1) method = 'form-feed';
  }
  const fitted: [number, number][] = [];
  for (const [from, to] of ranges) {
    if (utf8Length(text, from, to) <= cap) {
      fitted.push([from, to]);
      continue;
    }
    const mastheads = mastheadStarts(text, from, to);
    const pieces = mastheads.length > 0 ? piecesOf(text, from, to, mastheads) : [[from, to] as [number, number]];
    if (mastheads.length > 0) method ??= 'masthead';
    for (const [pieceFrom, pieceTo] of pieces) {
      const cuts = utf8Length(text, pieceFrom, pieceTo) > cap ? cutAtParagraphs(text, pieceFrom, pieceTo, cap) : [];
      if (cuts.length > 0) method ??= 'blank-lines';
      fitted.push(...piecesOf(text, pieceFrom, pieceTo, cuts));
    }
  }
  const parts = fitted.map(([from, to]) => text.slice(from, to).replace(/\f/gu, '')).filter((part) => part.trim() !== '');
  return { parts: parts.length > 0 ? parts : [text], method: parts.length > 1 ? method : null };
}
