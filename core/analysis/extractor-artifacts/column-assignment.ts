import { pairInformation } from '../model/char-pairs';
import type { PairSeen } from '../pairs-within-lines';
import { BRACKETED_LINE, type ColumnPiece } from './column-piece';

// pdftotext writes a block of columns row by row: each row's column lines left to right, some
// merged on one output line, some on lines of their own (a short line leaves too wide a gap to its
// neighbour). Which column a piece belongs to is found as the cheapest labelling of the pieces in
// order: columns rise along a row and start again at the next, and each column's lines must read
// on from one another (a line left open goes on; a line after a paragraph's end opens one).

export interface RowPiece extends ColumnPiece {
  /** Index of the output line the piece stood on; pieces of one line are one row, left to right. */
  line: number;
  /** Where the piece starts, in display cells, when the extractor kept positions (-layout). */
  start?: number;
}

/** A column left out of a row: it ended, or stood lower (a head's space above). */
const SKIP_COST = 0.6;
/** A column left out while its sentence is open: only a head's space or a column's end explains it. */
const OPEN_SKIP_COST = 1;
/** The last column's sentence left open at the end of the block (an article may jump, rarely). */
const OPEN_AT_END_COST = 1.5;
const BEAM = 8;

/** How much a line's first character pairing with its column's last takes off the labelling's cost (0: no pair). */
export type PairBonus = (before: string, after: string) => number;

/**
 * A line whose first character pairs with the column's last reads on from it: a wrap cuts words
 * wherever the measure falls, while two lines of different columns meet by chance. A pair the page
 * writes elsewhere inside its lines (法|院, 葵|花, 约|定) takes off PAGE_PAIR; a pair the language
 * holds (model/char-pairs.ts) takes off a unit for every BITS_PER_UNIT bits of its information, up to
 * MAX_PAIR: a pair four times likelier than chance (2 bits) counts as a page's pair, a word's own
 * pair (法|院 is over 5 bits) counts more.
 */
const PAGE_PAIR = 1;
const BITS_PER_UNIT = 2;
const MAX_PAIR = 4;

export function pairBonus(pageSeen: PairSeen): PairBonus {
  return (before, after) => Math.min(MAX_PAIR, Math.max(pageSeen(before, after) ? PAGE_PAIR : 0, pairInformation(before, after) / BITS_PER_UNIT));
}

/** A line the measure ended (not a head's or a paragraph's short line): a word may go on below it. */
const wrapped = (piece: ColumnPiece) => piece.shape === 'full' || piece.shape === 'first';

/** pdftotext -layout places a column's lines on a character grid: their starts wander by a few cells (fewer spaces after a short line). */
export const COLUMN_TOLERANCE = 4;
/** A piece standing away from where its column's first piece stood. */
const POSITION_COST = 2;

/** What the last line of a column says of the next one. */
const enum ColumnState {
  Unseen = 0,
  /** Ran on: the next line continues the sentence. */
  Open = 1,
  /** A paragraph (or head) ended short of the measure: the next line opens a paragraph. */
  Closed = 2,
  /** Ended a sentence at the full measure: either may follow. */
  Either = 3,
}

/** A full or first line that ends on a mark closing a sentence may end its paragraph too. */
const CLOSING_END = /[。！？：”）]$/u;

function stateAfter(piece: ColumnPiece): ColumnState {
  if (piece.shape === 'last' || piece.shape === 'short') return ColumnState.Closed;
  return CLOSING_END.test(piece.text) ? ColumnState.Either : ColumnState.Open;
}

/** What of a piece matters to the line before it in its column (0: no piece). */
const enum Opening {
  None = 0,
  Continues = 1,
  First = 2,
  Short = 3,
  FullOpen = 4,
  Other = 5,
  /** A bracketed line of its own (`（某某法院供稿）`): it closes an article, it continues no sentence. */
  Credit = 6,
}

function openingOf(piece: ColumnPiece): Opening {
  if (piece.continues) return Opening.Continues;
  if (BRACKETED_LINE.test(piece.text)) return Opening.Credit;
  if (piece.shape === 'first') return Opening.First;
  if (piece.shape === 'short') return Opening.Short;
  return piece.shape === 'full' && !CLOSING_END.test(piece.text) ? Opening.FullOpen : Opening.Other;
}

/** How badly a line of the given opening reads on from a column in the given state. */
function continuityCost(state: number, opening: number): number {
  switch (state) {
    case ColumnState.Open:
      // A first line (short by the indent, left open) or a head cannot continue a sentence.
      return opening === Opening.First || opening === Opening.Credit ? 2 : opening === Opening.Short ? 1 : 0;
    case ColumnState.Closed:
      return opening === Opening.Continues ? 3 : opening === Opening.FullOpen ? 1.5 : 0;
    case ColumnState.Either:
      return opening === Opening.Continues ? 1.5 : 0;
    default:
      return 0;
  }
}

/** The labels chosen so far, last first: hypotheses share their past. */
interface Trail {
  column: number;
  before: Trail | null;
}

// Each column's state (2 bits) and its first piece's opening (3 bits), packed in one number.
const BITS = 5;
const stateOf = (code: number, column: number) => (code >>> (column * BITS)) & 3;
const openingAt = (code: number, column: number) => (code >>> (column * BITS + 2)) & 7;
/** Six columns fill the 30 bits a packed code may use; no newspaper page sets more side by side. */
export const MAX_COLUMNS = 6;

interface Hypothesis {
  cost: number;
  previous: number;
  code: number;
  /** Where each column's first positioned piece started (-1: not yet known). */
  anchors: number[];
  /** Each column's last piece (-1: none yet). */
  lasts: number[];
  /** The part of `cost` that pairs across lines took off. */
  paired: number;
  trail: Trail | null;
}

/**
 * Columns of one block flow into each other: each column's end must lead into the next one's start.
 * Under two heads set side by side, the left article's last column ends it and the next column
 * opens the other.
 */
function flowCost(code: number, columns: number, leftColumns: number): number {
  let cost = 0;
  for (let column = 0; column + 1 < columns; column++) {
    const first = openingAt(code, column + 1);
    const state = stateOf(code, column);
    if (column + 1 === leftColumns) cost += (state === ColumnState.Open ? OPEN_AT_END_COST : 0) + continuityCost(ColumnState.Closed, first);
    else if (first !== Opening.None) cost += continuityCost(state, first);
    else if (state === ColumnState.Open) cost += OPEN_AT_END_COST;
  }
  if (stateOf(code, columns - 1) === ColumnState.Open) cost += OPEN_AT_END_COST;
  return cost;
}

/** Under two heads side by side, one article ends above the other's foot: the rows below leave its column out at little cost. */
const ENDED_SKIP_COST = 0.1;

/** Whether a column is the last of one of two articles set side by side, the left one over `leftColumns` columns. */
const endsArticle = (column: number, columns: number, leftColumns: number) => column + 1 === leftColumns || column + 1 === columns;

function skipCost(state: number, column: number, columns: number, leftColumns: number): number {
  if (state === ColumnState.Open) return OPEN_SKIP_COST;
  return leftColumns > 0 && state === ColumnState.Closed && endsArticle(column, columns, leftColumns) ? ENDED_SKIP_COST : SKIP_COST;
}

/** What the columns left out between the previous piece's column and this one's cost, on one row or the next. */
function skipped(previous: number, column: number, code: number, columns: number, sameLine: boolean, leftColumns: number): number {
  let cost = 0;
  if (column > previous) {
    for (let other = previous + 1; other < column; other++) cost += skipCost(stateOf(code, other), other, columns, leftColumns);
    return cost;
  }
  if (sameLine) return Infinity;
  for (let other = previous + 1; other < columns; other++) cost += skipCost(stateOf(code, other), other, columns, leftColumns);
  for (let other = 0; other < column; other++) cost += skipCost(stateOf(code, other), other, columns, leftColumns);
  return cost;
}

/** The `count` cheapest hypotheses, cheapest first, equal costs in the order they came (as a stable sort would leave them). */
function cheapest(hypotheses: Iterable<Hypothesis>, count: number): Hypothesis[] {
  const kept: Hypothesis[] = [];
  for (const hypothesis of hypotheses) {
    if (kept.length === count && hypothesis.cost >= kept[count - 1].cost) continue;
    let at = kept.length;
    while (at > 0 && kept[at - 1].cost > hypothesis.cost) at--;
    kept.splice(at, 0, hypothesis);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/**
 * The column (0-based) of each piece, for a block of `columns` columns, and the labelling's cost.
 * `leftColumns` > 0: two articles stand side by side, the left one over that many columns.
 * `penalty` is the cost without what pairs across lines took off: readings of different stretches
 * of a block compare by it (a longer stretch holds more pairs, right or wrong).
 */
export function assignColumns(pieces: readonly RowPiece[], columns: number, leftColumns = 0, bonus: PairBonus | null = null): { columns: number[]; cost: number; penalty: number } {
  let beam: Hypothesis[] = [{ cost: 0, previous: columns - 1, code: 0, anchors: new Array(columns).fill(-1), lasts: new Array(columns).fill(-1), paired: 0, trail: null }];
  // Pieces still to come on each piece's line: they need columns to its right.
  const after = pieces.map(() => 0);
  for (let index = pieces.length - 2; index >= 0; index--) if (pieces[index + 1].line === pieces[index].line) after[index] = after[index + 1] + 1;
  pieces.forEach((piece, index) => {
    const sameLine = index > 0 && pieces[index - 1].line === piece.line;
    const lastColumn = columns - 1 - after[index];
    const opening = openingOf(piece);
    const state = stateAfter(piece);
    const next = new Map<number, Hypothesis>();
    const first = piece.text[0] ?? '';
    // Hypotheses share columns' last lines: what a line pairs with each is asked once.
    const pairedWith = new Map<number, number>();
    const pairWith = (last: number): number => {
      let value = pairedWith.get(last);
      if (value === undefined) pairedWith.set(last, (value = (bonus as PairBonus)(pieces[last].text.at(-1) ?? '', first)));
      return value;
    };
    for (const hypothesis of beam) {
      for (let column = 0; column <= lastColumn; column++) {
        const skip = skipped(hypothesis.previous, column, hypothesis.code, columns, sameLine, leftColumns);
        if (skip === Infinity) continue;
        const anchor = hypothesis.anchors[column];
        const away = piece.start !== undefined && anchor >= 0 && Math.abs(piece.start - anchor) > COLUMN_TOLERANCE;
        const last = hypothesis.lasts[column];
        const columnState = stateOf(hypothesis.code, column);
        const pairs = bonus !== null && last >= 0 && wrapped(pieces[last]) && piece.shape !== 'short' ? pairWith(last) : 0;
        const cost = hypothesis.cost + skip + continuityCost(columnState, opening) + (away ? POSITION_COST : 0) - pairs;
        const shift = column * BITS;
        let code = (hypothesis.code & ~(3 << shift)) | (state << shift);
        if (openingAt(code, column) === Opening.None) code |= opening << (shift + 2);
        // Hypotheses alike in every column's state keep the cheaper one's past (and its columns' last lines);
        // a dearer one is dropped before its arrays are copied.
        const key = code * 8 + column;
        const known = next.get(key);
        if (known && cost >= known.cost) continue;
        const lasts = hypothesis.lasts.map((value, other) => (other === column ? index : value));
        const paired = hypothesis.paired + pairs;
        const anchors = piece.start !== undefined && anchor < 0 ? hypothesis.anchors.map((value, other) => (other === column ? (piece.start as number) : value)) : hypothesis.anchors;
        const trail = { column, before: hypothesis.trail };
        if (!known) next.set(key, { cost, previous: column, code, anchors, lasts, paired, trail });
        else {
          known.cost = cost;
          known.paired = paired;
          known.lasts = lasts;
          known.anchors = anchors;
          known.trail = trail;
        }
      }
    }
    beam = cheapest(next.values(), BEAM);
  });
  let best: Hypothesis | null = null;
  let bestCost = Infinity;
  for (const hypothesis of beam) {
    const cost = hypothesis.cost + flowCost(hypothesis.code, columns, leftColumns);
    if (cost < bestCost) {
      best = hypothesis;
      bestCost = cost;
    }
  }
  // No labelling fits (a line with more pieces than columns): the caller leaves the block as it is.
  if (!best) return { columns: [], cost: Infinity, penalty: Infinity };
  const labels: number[] = [];
  for (let trail = best?.trail ?? null; trail; trail = trail.before) labels.push(trail.column);
  return { columns: labels.reverse(), cost: bestCost, penalty: bestCost + best.paired };
}
