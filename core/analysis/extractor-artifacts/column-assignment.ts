import type { ColumnPiece } from './column-piece';

// pdftotext writes a block of columns row by row: each row's column lines left to right, some
// merged on one output line, some on lines of their own (a short line leaves too wide a gap to its
// neighbour). Which column a piece belongs to is found as the cheapest labelling of the pieces in
// order: columns rise along a row and start again at the next, and each column's lines must read
// on from one another (a line left open goes on; a line after a paragraph's end opens one).

export interface RowPiece extends ColumnPiece {
  /** Index of the output line the piece stood on; pieces of one line are one row, left to right. */
  line: number;
}

/** A column left out of a row: it ended, or stood lower (a head's space above). */
const SKIP_COST = 0.6;
/** A column left out while its sentence is open: only a head's space or a column's end explains it. */
const OPEN_SKIP_COST = 1;
/** The last column's sentence left open at the end of the block (an article may jump, rarely). */
const OPEN_AT_END_COST = 1.5;
const BEAM = 48;

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

function stateAfter(piece: ColumnPiece): ColumnState {
  if (piece.shape === 'last') return ColumnState.Closed;
  if (piece.shape === 'short') return ColumnState.Closed;
  // A full or first line that ends on a mark closing a sentence may end its paragraph too.
  return /[。！？：”）]$/u.test(piece.text) ? ColumnState.Either : ColumnState.Open;
}

function continuityCost(state: ColumnState, piece: ColumnPiece): number {
  switch (state) {
    case ColumnState.Open:
      if (piece.continues) return 0;
      // A first line (short by the indent, left open) or a head cannot continue a sentence.
      return piece.shape === 'first' ? 2 : piece.shape === 'short' ? 1 : 0;
    case ColumnState.Closed:
      if (piece.continues) return 3;
      return piece.shape === 'full' && !/[。！？：”）]$/u.test(piece.text) ? 1.5 : 0;
    case ColumnState.Either:
      return piece.continues ? 1.5 : 0;
    default:
      return 0;
  }
}

/** The labels chosen so far, last first: hypotheses share their past. */
interface Trail {
  column: number;
  before: Trail | null;
}

interface Hypothesis {
  cost: number;
  previous: number;
  states: number[];
  /** Each column's first piece, which must read on from the end of the column before. */
  firsts: Array<ColumnPiece | null>;
  trail: Trail | null;
}

/** What of a column's first piece matters to the column before it. */
const openingClass = (piece: ColumnPiece | null) => (piece === null ? 0 : piece.continues ? 1 : piece.shape === 'first' || piece.shape === 'short' ? 2 : piece.shape === 'full' ? 3 : 4);

/** Columns of one block flow into each other: each column's end must lead into the next one's start. */
function flowCost(hypothesis: Hypothesis): number {
  const { states, firsts } = hypothesis;
  let cost = 0;
  for (let column = 0; column + 1 < states.length; column++) {
    const first = firsts[column + 1];
    if (first) cost += continuityCost(states[column], first);
    else if (states[column] === ColumnState.Open) cost += OPEN_AT_END_COST;
  }
  if (states[states.length - 1] === ColumnState.Open) cost += OPEN_AT_END_COST;
  return cost;
}

const skipCost = (state: number) => (state === ColumnState.Open ? OPEN_SKIP_COST : SKIP_COST);

/** What the columns left out between the previous piece's column and this one's cost, on one row or the next. */
function skipped(previous: number, column: number, states: readonly number[], sameLine: boolean): number {
  let cost = 0;
  if (column > previous) {
    for (let other = previous + 1; other < column; other++) cost += skipCost(states[other]);
    return cost;
  }
  if (sameLine) return Infinity;
  for (let other = previous + 1; other < states.length; other++) cost += skipCost(states[other]);
  for (let other = 0; other < column; other++) cost += skipCost(states[other]);
  return cost;
}

/**
 * The column (0-based) of each piece, for a block of `columns` columns, and the labelling's cost.
 */
export function assignColumns(pieces: readonly RowPiece[], columns: number): { columns: number[]; cost: number } {
  let beam: Hypothesis[] = [{ cost: 0, previous: columns - 1, states: new Array(columns).fill(ColumnState.Unseen), firsts: new Array(columns).fill(null), trail: null }];
  pieces.forEach((piece, index) => {
    const sameLine = index > 0 && pieces[index - 1].line === piece.line;
    const next = new Map<string, Hypothesis>();
    for (const hypothesis of beam) {
      for (let column = 0; column < columns; column++) {
        const skip = skipped(hypothesis.previous, column, hypothesis.states, sameLine);
        if (skip === Infinity) continue;
        const cost = hypothesis.cost + skip + continuityCost(hypothesis.states[column], piece);
        const states = hypothesis.states.slice();
        states[column] = stateAfter(piece);
        const firsts = hypothesis.firsts[column] ? hypothesis.firsts : hypothesis.firsts.map((first, index) => (index === column ? piece : first));
        const key = `${column}:${states.join('')}:${firsts.map(openingClass).join('')}`;
        const known = next.get(key);
        if (!known || cost < known.cost) next.set(key, { cost, previous: column, states, firsts, trail: { column, before: hypothesis.trail } });
      }
    }
    beam = [...next.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM);
  });
  let best: Hypothesis | null = null;
  let bestCost = Infinity;
  for (const hypothesis of beam) {
    const cost = hypothesis.cost + flowCost(hypothesis);
    if (cost < bestCost) {
      best = hypothesis;
      bestCost = cost;
    }
  }
  const labels: number[] = [];
  for (let trail = best?.trail ?? null; trail; trail = trail.before) labels.push(trail.column);
  return { columns: labels.reverse(), cost: bestCost };
}
