import { displayWidth } from '../display-width';
import { endsParagraphLike, INDENT } from './column-piece';

// A typesetter sets every full line of a column to one measure: in a page's text, lines that run
// on (no paragraph end) cluster at the measure, and paragraphs' first lines two cells short of it
// (plain pdftotext drops the indent). Lines that end a paragraph have any width, so they are left
// out; of a line holding a space (columns merged, or a dateline's space) only what stands before
// the space counts.

/** Narrower lines are heads, bylines, labels: no newspaper column is set this narrow. */
const MIN_MEASURE = 10;
/** Lines of one width it takes before the width counts as a column's measure. */
const MIN_LINES = 3;
/** How far above a peak a column's full lines still reach, and how many of them (share of the peak's) it takes. */
const MEASURE_SPREAD = 2;
const NEIGHBOUR_SHARE = 0.3;

/** The page's column measures in display cells (a Han character is one), widest first. */
export function learnColumnMeasures(lines: readonly string[]): number[] {
  const counts = new Map<number, number>();
  const count = (text: string) => {
    if (endsParagraphLike(text)) return;
    const width = Math.round(displayWidth(text));
    if (width >= MIN_MEASURE) counts.set(width, (counts.get(width) ?? 0) + 1);
  };
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    // A row merged of two columns opens with a whole line of the first: it counts too.
    if (text.includes(' ')) count(text.slice(0, text.indexOf(' ')));
    else count(text);
  }
  // A width beside a more frequent one is the same measure, a mark squeezed or a digit wider.
  const peak = (width: number, count: number) => count > (counts.get(width + 1) ?? 0) - 1 && count > (counts.get(width - 1) ?? 0);
  // A column's full lines are not all one width: one character short where the next may not open a line, one longer
  // where two marks stand together and one is set half. The measure is the widest of a peak's frequent neighbours above
  // it: a measure a cell too wide still takes the column's full lines for full, one too narrow leaves every wider row unsplit.
  const widest = (width: number, count: number) => {
    let top = width;
    for (let above = width + 1; above <= width + MEASURE_SPREAD; above++) if ((counts.get(above) ?? 0) >= Math.max(MIN_LINES, count * NEIGHBOUR_SHARE)) top = above;
    return top;
  };
  const frequent = [...new Set([...counts.entries()].filter(([width, count]) => count >= MIN_LINES && peak(width, count)).map(([width, count]) => widest(width, count)))];
  // Two cells under a measure stand its paragraphs' first lines, not a column of its own.
  return frequent.filter((width) => !frequent.includes(width + INDENT)).sort((a, b) => b - a);
}
