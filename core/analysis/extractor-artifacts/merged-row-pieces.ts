import { isChineseContext } from '../character-classes';
import { displayWidth } from '../display-width';
import { FULL_SLACK_ABOVE, pieceWidth, shapeOf, SPREAD_RUN, spreadWord, type PieceShape } from './column-piece';

// Plain pdftotext joins the lines of columns whose baselines align with one space and no positions
// (`旗，牧民家中的纠纷常常还 法官联络点21个，每个联络 问题解答在嘎查；二是参与`). Such a row is
// a concatenation of column lines, each set to its column's measure (a paragraph's first line two
// cells short, its last line shorter and closed by a mark): the row splits at the spaces where
// the widths add up to the measures, and nowhere else.

/** What each shape costs as a piece with more text after it: a full line is what merges most. */
const INNER_COST: Record<PieceShape, number> = { full: 0, first: 0.25, last: 0.5, short: Infinity };
/** The last piece of a row may also be a short line (a head, a closing line without its mark). */
const LAST_COST: Record<PieceShape, number> = { full: 0, first: 0.25, last: 0.25, short: 0.75 };
/** A closed piece narrower than this is an extractor's stray mark, not a column's line. */
const MIN_INNER_WIDTH = 2;

function bestShapeCost(text: string, measures: readonly number[], costs: Record<PieceShape, number>): number {
  let best = Infinity;
  for (const measure of measures) best = Math.min(best, costs[shapeOf(text, measure)]);
  return best;
}

/** Words beside a spread-out run narrower than this are its own (a date's digits), not a neighbouring column's line. */
const MIN_LINE_WIDTH = 5;

/**
 * The row's words, a run of spread-out words (a column's line justified so wide that the extractor wrote a space between
 * its characters) kept as one word: it is one column's whole line. Null where such words stand scattered, or the whole
 * row is spread out: no split of it can be trusted.
 */
function rowWords(tokens: readonly string[]): { text: string; spaced: boolean }[] | null {
  const words: { text: string; spaced: boolean }[] = [];
  let scattered = 0;
  for (let index = 0; index < tokens.length; ) {
    let end = index;
    while (end < tokens.length && spreadWord(tokens[end])) end++;
    if (end - index >= SPREAD_RUN) {
      words.push({ text: tokens.slice(index, end).join(' '), spaced: true });
      index = end;
    } else {
      scattered += end - index;
      const stop = Math.max(end, index + 1);
      for (; index < stop; index++) words.push({ text: tokens[index], spaced: false });
    }
  }
  if (words.length === 1 || scattered >= SPREAD_RUN) return null;
  if (words.some((word) => word.spaced) && words.every((word) => word.spaced || displayWidth(word.text) < MIN_LINE_WIDTH)) return null;
  return words;
}

/**
 * The column lines a row merged, or null when the row is one line of one column (it fits the
 * widest measure, or no split makes every piece a column's line).
 */
export function splitMergedRow(line: string, measures: readonly number[]): string[] | null {
  const text = line.trim();
  if (!measures.length || !text.includes(' ') || text.includes('  ')) return null;
  if (displayWidth(text) <= measures[0] + FULL_SLACK_ABOVE) return null;
  // One phrase in brackets (a credit: `（苏尼特左旗人民法院 敖其尔）`) is one line, its space the writer's.
  if (/^[（(][^（）()]*[）)]$/u.test(text)) return null;
  // A line set with a space after every few characters was spaced out to justify it (MuPDF), not merged; a run of such
  // words beside unspaced ones is one column's line, spread to its measure, merged with its neighbours' (pdftotext).
  const words = rowWords(text.split(' '));
  if (!words) return null;
  const tokens = words.map((word) => word.text);
  // A column's line may end or start with digits (`调解员32`, `1100余万元。`); a space a piece keeps (a dateline's) is one no split could explain.
  const splittable = tokens.map((token, index) => index > 0 && (words[index].spaced || words[index - 1].spaced || isChineseContext(tokens[index - 1].slice(-1)) || isChineseContext(token[0])));
  const count = tokens.length;
  // best[end]: cheapest split of tokens[0..end) into column lines, the last piece ending at `end`.
  const best: number[] = new Array(count + 1).fill(Infinity);
  const from: number[] = new Array(count + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= count; end++) {
    for (let start = end - 1; start >= 0; start--) {
      if (best[start] === Infinity || (start > 0 && !splittable[start])) continue;
      // A spread-out run is a whole line: justified to the measure, so full, and never part of a longer piece.
      if (end - start > 1 && words.slice(start, end).some((word) => word.spaced)) continue;
      const piece = tokens.slice(start, end).join(' ');
      const width = pieceWidth(piece);
      if (width > measures[0] + FULL_SLACK_ABOVE) break;
      const costs = end === count ? LAST_COST : INNER_COST;
      if (end < count && width < MIN_INNER_WIDTH) continue;
      const cost = best[start] + (words[start].spaced ? costs.full : bestShapeCost(piece, measures, costs));
      if (cost < best[end]) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  if (best[count] === Infinity) return null;
  const pieces: string[] = [];
  for (let end = count; end > 0; end = from[end]) pieces.unshift(tokens.slice(from[end], end).join(' '));
  return pieces.length > 1 ? pieces : null;
}
