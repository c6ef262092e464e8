import { pairsWithinLines } from '../pairs-within-lines';
import { assignColumns, MAX_COLUMNS, pairBonus, type PairBonus, type RowPiece } from './column-assignment';
import { learnColumnMeasures } from './column-measures';
import { displayWidth } from '../display-width';
import { columnPiece, endsParagraphLike, FULL_SLACK_ABOVE, pieceWidth, shapeOf } from './column-piece';
import type { MergedColumnsNote, MergedColumnsResult } from './merged-columns';
import { splitMergedRow } from './merged-row-pieces';
import { sideBySideHeads, type SideBySideHeads } from './side-by-side-heads';

// Plain pdftotext (no -layout) writes a block of columns row by row, with no positions: a row's
// column lines are merged with one space where their baselines align, or stand on lines of their
// own. Each block (lines between blank lines) that holds merged rows is split into its columns'
// lines by the page's column measures, each line given its column, and the columns read one after
// the other, so that the break engine sees ordinary wrapped columns.

const MIN_MERGED_ROWS = 2;
const MIN_FITTING_SHARE = 0.8;
/** A block of a line or two is a head with its byline, whatever its widths. */
const MIN_BLOCK_LINES = 3;
/** A block of two heads side by side: their merged row, their tails, subtitles and bylines. */
const MAX_HEAD_BLOCK_LINES = 6;
/** The indent a word processor's copy gives a paragraph (two ideographic spaces). */
const INDENT_TEXT = '\u3000\u3000';

/** The measure a block's merged rows were set to: the one most of their pieces fill. */
function blockMeasure(rows: ReadonlyArray<readonly string[]>, measures: readonly number[]): number {
  let best = measures[0];
  let bestCount = -1;
  for (const measure of measures) {
    let count = 0;
    for (const pieces of rows) if (pieces.length > 1) for (const piece of pieces) if (shapeOf(piece, measure) === 'full') count++;
    if (count > bestCount) {
      best = measure;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Where each run of text on a -layout line starts, in display cells: pdftotext's grid gives a
 * space half a Han character's width (the measure -layout columns line up by).
 */
function tokenStarts(line: string): number[] {
  const starts: number[] = [];
  let width = 0;
  for (const match of line.matchAll(/( *)(\S+)/gu)) {
    width += match[1].length * 0.5;
    starts.push(width);
    width += displayWidth(match[2]);
  }
  return starts;
}

/** Each piece's start on its -layout line (pieces are runs of tokens in order). */
function pieceStarts(original: string, pieces: readonly string[]): number[] {
  const starts = tokenStarts(original);
  let token = 0;
  return pieces.map((piece) => {
    const start = starts[token] ?? 0;
    token += piece.split(' ').length;
    return start;
  });
}

/** A block's lines, column by column, or null when it holds no merged row. */
function readBlockByColumns(lines: readonly string[], measures: readonly number[], positioned: readonly string[] | null, leftShare: number | null, pairs: PairBonus): { columns: string[][]; leftColumns: number; /** What the reading costs, pairs aside. */ cost: number } | null {
  const rows = lines.map((line) => splitMergedRow(line, measures) ?? [line.trim()]);
  const widest = Math.max(...rows.map((pieces) => pieces.length));
  if (widest < 2 || widest >= MAX_COLUMNS) return null;
  const measure = blockMeasure(rows, measures);
  // One merged row among heads (a headline's two phrases) proves nothing; body rows merge by the dozen.
  const merged = rows.filter((pieces) => pieces.length > 1);
  // A block of columns is lines of its measure once split; text set one line per paragraph is not, whatever pairs of phrases it holds.
  const all = rows.flat();
  if (all.filter((piece) => pieceWidth(piece) <= measure + FULL_SLACK_ABOVE).length < all.length * MIN_FITTING_SHARE) return null;
  // A single merged row proves the block only when it is two columns' text: a head's phrases hold no pause or stop
  // (“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗), however exactly the first fills the measure.
  const textRow = (pieces: readonly string[]) => pieces.some((piece) => /[，。；：、,;]/u.test(piece));
  if (merged.length < MIN_MERGED_ROWS && (lines.length < MIN_BLOCK_LINES || !merged.every((pieces) => textRow(pieces) && pieces.slice(0, -1).every((piece) => shapeOf(piece, measure) === 'full')))) return null;
  const pieces: RowPiece[] = rows.flatMap((texts, line) => {
    const starts = positioned ? pieceStarts(positioned[line], texts) : null;
    return texts.map((text, index) => ({ ...columnPiece(text, measure), line, ...(starts ? { start: starts[index] } : {}) }));
  });
  // A block may hold one column more than any row shows merged: each count is tried, the cheaper labelling wins.
  // Under two heads side by side, each article has the columns its headline's measure spans.
  const leftOf = (count: number) => (leftShare === null ? 0 : Math.min(count - 1, Math.max(1, Math.round(count * leftShare))));
  let best = assignColumns(pieces, widest, leftOf(widest), pairs);
  let columnCount = widest;
  const wider = assignColumns(pieces, widest + 1, leftOf(widest + 1), pairs);
  if (wider.cost < best.cost) {
    best = wider;
    columnCount = widest + 1;
  }
  if (best.cost === Infinity) return null;
  const columns: RowPiece[][] = Array.from({ length: columnCount }, () => []);
  pieces.forEach((piece, index) => columns[best.columns[index]].push(piece));
  // Plain pdftotext drops a paragraph's indent; it is given back where a first line follows a
  // finished one, so the break engine sees the paragraph start the page printed.
  let before: RowPiece | null = null;
  const read = columns.map((column) =>
    column.map((piece) => {
      const text = opensParagraph(before, piece) ? `${INDENT_TEXT}${piece.text}` : piece.text;
      before = piece;
      return text;
    }),
  );
  return { columns: read, leftColumns: leftOf(columnCount), cost: best.penalty };
}

/** What a cut between two articles set one above the other in a block costs: the cut must explain more than it costs. */
const CUT_COST = 1.5;
/** A closing credit's line (`…杜慧敏）`): the article over it may end within the next rows, one per column. */
const CREDIT_END = /(?:^|\s)（[^（）]*）$/u;

/**
 * A block's lines read column by column, cut where one article set over the columns ends and the
 * next begins below it: pdftotext writes rows top to bottom, so an article standing under another
 * is a run of rows of its own, and reading the block's columns whole would interleave the two.
 * Cuts are tried in the rows after a line that closes on a bracketed credit (as many rows as the
 * block has columns: the other columns' last lines may stand lower), each part read on its own; the
 * cheapest reading wins, the parts parted by a blank line. One cut a block: more articles than two
 * stacked in one block is rare, and each cut tried costs two readings.
 */
function readStackedBlock(lines: readonly string[], whole: { columns: string[][]; cost: number }, read: (from: number, to: number) => { columns: string[][]; cost: number } | null): string[] {
  let best = { lines: whole.columns.flat(), cost: whole.cost };
  for (let credit = MIN_BLOCK_LINES - 1; credit < lines.length - MIN_BLOCK_LINES; credit++) {
    if (!CREDIT_END.test(lines[credit])) continue;
    for (let cut = credit + 1; cut <= Math.min(credit + whole.columns.length, lines.length - MIN_BLOCK_LINES); cut++) {
      const top = read(0, cut);
      if (!top) continue;
      const rest = read(cut, lines.length);
      const cost = top.cost + CUT_COST + (rest ? rest.cost : 0);
      if (cost < best.cost) best = { lines: [...top.columns.flat(), '', ...(rest ? rest.columns.flat() : lines.slice(cut))], cost };
    }
  }
  return best.lines;
}

/** A line after a paragraph's last line opens the next paragraph; after a full line that ends a sentence, only a line short by the indent does. */
function opensParagraph(before: RowPiece | null, piece: RowPiece): boolean {
  if (piece.continues || piece.shape === 'short') return false;
  if (before === null) return piece.shape === 'first';
  if (before.shape === 'last') return true;
  return piece.shape === 'first' && (before.shape === 'short' || endsParagraphLike(before.text));
}

/** The block of lines that ends `lines`, ignoring blank lines after it: [start, end). */
function lastBlock(lines: readonly string[], before: number): [number, number] | null {
  let end = before;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '' && !lines[start - 1].includes('\f')) start--;
  return start < end ? [start, end] : null;
}

/**
 * Two heads side by side standing just above a block of two columns (their last byline may stand
 * as a block of its own), with where their lines start; null when what stands there is no such pair.
 */
function headsAbove(result: readonly string[], notes: readonly MergedColumnsNote[]): ({ start: number } & SideBySideHeads) | null {
  const last = lastBlock(result, result.length);
  if (!last) return null;
  // The longer reading first: a byline standing alone under the head block belongs to it.
  const above = last[1] - last[0] === 1 ? lastBlock(result, last[0]) : null;
  for (const from of above ? [above[0], last[0]] : [last[0]]) {
    // Lines already read as columns are no head.
    if (notes.some((note) => note.to >= from)) continue;
    const heads = sideBySideHeads(result.slice(from, last[1]));
    if (heads) return { start: from, ...heads };
  }
  return null;
}

/** A blank line or a form feed: it parts pdftotext's blocks. */
const partsBlocks = (line: string) => line.trim() === '' || line.includes('\f');

/** Where the block that starts at `start` ends (exclusive): at the next blank line or form feed. */
function blockEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && !partsBlocks(lines[end])) end++;
  return end;
}

type BlockReading = { columns: string[][]; leftColumns: number; cost: number };

/**
 * A block of columns and the blocks after it that read as the same columns' lower rows: the next block (after blank lines,
 * before any form feed) holds as many columns, and reading the lines together costs less than reading them apart (a
 * column that ended mid-sentence goes on at the top of the same column in the next block, not at the next column's top).
 */
function joinColumnBlocks(lines: readonly string[], readable: readonly string[], from: number, to: number, columns: BlockReading, read: (block: readonly string[]) => BlockReading | null, held: ReadonlySet<number> | undefined): { lines: string[]; columns: BlockReading; to: number } {
  let joined = { lines: readable.slice(from, to), columns, to };
  for (;;) {
    let start = joined.to;
    while (start < lines.length && lines[start].trim() === '' && !lines[start].includes('\f')) start++;
    if (start === joined.to || start >= lines.length || lines[start].includes('\f')) return joined;
    const end = blockEnd(lines, start);
    for (let line = start; line < end; line++) if (held?.has(line)) return joined;
    const next = read(readable.slice(start, end));
    if (!next || next.columns.length !== joined.columns.columns.length) return joined;
    const together = [...joined.lines, ...readable.slice(start, end)];
    const both = read(together);
    if (!both || both.columns.length !== next.columns.length || both.cost >= joined.columns.cost + next.cost) return joined;
    joined = { lines: together, columns: both, to: end };
  }
}

/** Whether positions are kept (`-layout`): columns then stand apart by runs of spaces. */
export function hasLayoutSpacing(lines: readonly string[]): boolean {
  let spaced = 0;
  for (const line of lines) if (/\S {2,}\S/u.test(line) && ++spaced >= 3) return true;
  return false;
}

export interface PlainColumnsOptions {
  /** Lines already taken apart by their positions (-layout): their blocks are left as they are. */
  held?: ReadonlySet<number>;
  /** -layout lines: runs of spaces (positions) are read, and written, as the one space plain pdftotext writes; the lines `held` keep theirs. */
  collapseSpaces?: boolean;
}

export interface PlainColumnsResult extends MergedColumnsResult {
  /** Where each input line landed, or -1 for a line of a block read anew. */
  landed: number[];
}

/** -layout positions are runs of ASCII spaces; an ideographic space (a paragraph's indent, U+3000) is text and stays. */
const collapse = (line: string) => line.replace(/^ +| +$/gu, '').replace(/ {2,}/gu, ' ');

/** Splits the merged rows of a plain pdftotext page and reads each block's columns in order. */
export function splitPlainMergedColumns(lines: readonly string[], { held, collapseSpaces = false }: PlainColumnsOptions = {}): PlainColumnsResult {
  const readable = collapseSpaces ? lines.map(collapse) : lines;
  const measures = learnColumnMeasures(readable);
  const pairs = pairBonus(pairsWithinLines(readable));
  const result: string[] = [];
  const notes: MergedColumnsNote[] = [];
  const landed: number[] = [];
  let index = 0;
  while (index < lines.length) {
    if (partsBlocks(lines[index])) {
      landed.push(result.length);
      result.push(lines[index++]);
      continue;
    }
    let end = blockEnd(lines, index);
    let heldLine = false;
    for (let line = index; line < end && !heldLine; line++) heldLine = held?.has(line) ?? false;
    const canRead = measures.length > 0 && !heldLine;
    const above = canRead ? headsAbove(result, notes) : null;
    // Lines -layout positions already took apart are left as they are.
    const heads = above && !landed.some((to, line) => to >= above.start && (held?.has(line) ?? false)) ? above : null;
    const columns = canRead ? readBlockByColumns(readable.slice(index, end), measures, collapseSpaces ? lines.slice(index, end) : null, heads?.leftShare ?? null, pairs) : null;
    if (columns && heads) {
      // Each of two heads set side by side goes over its own columns.
      result.length = heads.start;
      for (let line = 0; line < landed.length; line++) if (landed[line] >= heads.start) landed[line] = -1;
      const sides = [columns.columns.slice(0, columns.leftColumns), columns.columns.slice(columns.leftColumns)];
      const read = heads.heads.flatMap((head, side) => [...(side > 0 ? [''] : []), ...head, '', ...sides[side].flat()]);
      notes.push({ from: heads.start, to: heads.start + read.length - 1, split: true });
      for (let line = index; line < end; line++) landed.push(-1);
      result.push(...read);
    } else if (columns) {
      // The next blocks may be the same columns' lower rows (pdftotext parts a block where a head or a wider gap
      // stands in one column): read together, each column runs on down the blocks. (-layout keeps its blocks apart.)
      const joined = collapseSpaces ? null : joinColumnBlocks(lines, readable, index, end, columns, (block) => readBlockByColumns(block, measures, null, null, pairs), held);
      const block = readable.slice(index, end);
      const positioned = collapseSpaces ? lines.slice(index, end) : null;
      const read = joined && joined.to > end ? joined.columns.columns.flat() : readStackedBlock(block, columns, (from, to) => readBlockByColumns(block.slice(from, to), measures, positioned ? positioned.slice(from, to) : null, null, pairs));
      end = joined?.to ?? end;
      notes.push({ from: result.length, to: result.length + read.length - 1, split: true });
      for (let line = index; line < end; line++) landed.push(-1);
      result.push(...read);
    } else
      for (let line = index; line < end; line++) {
        landed.push(result.length);
        result.push(held?.has(line) ? lines[line] : readable[line]);
      }
    index = end;
  }
  return headBlocksApart({ lines: result, notes, landed });
}

/**
 * Two heads set side by side over text that was not read as columns under them (each article in one column, or the text
 * elsewhere): a block of their merged first row and their wrapped tails, standing alone, is given back as the two heads,
 * each a block of its own (换电站“断供”重卡停摆 伊金霍洛旗法院判赔62.4 婚礼视频全部丢失 婚庆公 / 万元 / 司赔了2.6万元).
 */
function headBlocksApart(read: PlainColumnsResult): PlainColumnsResult {
  const { lines, notes } = read;
  const result: string[] = [];
  const moved = lines.map(() => -1);
  for (let start = 0; start < lines.length; ) {
    if (partsBlocks(lines[start])) {
      moved[start] = result.length;
      result.push(lines[start++]);
      continue;
    }
    const end = blockEnd(lines, start);
    const read = notes.some((note) => note.from <= end - 1 && note.to >= start);
    const heads = !read && end - start <= MAX_HEAD_BLOCK_LINES ? sideBySideHeads(lines.slice(start, end), { bothWrapped: true }) : null;
    if (heads) {
      for (let line = start; line < end; line++) moved[line] = result.length;
      result.push(...heads.heads[0], '', ...heads.heads[1]);
    } else
      for (let line = start; line < end; line++) {
        moved[line] = result.length;
        result.push(lines[line]);
      }
    start = end;
  }
  if (result.length === lines.length) return read;
  return {
    lines: result,
    notes: notes.map((note) => ({ ...note, from: moved[note.from], to: moved[note.to] })),
    landed: read.landed.map((at) => (at < 0 ? at : moved[at])),
  };
}
