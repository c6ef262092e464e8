import type { LineFeatures } from './line-features';

/** How many lines either side are looked at to estimate the column a line was set in. */
const WINDOW = 10;
/**
 * Lines of one column differ by at most ~2 cells (half-width digits, a mark hanging in the
 * margin), so a width counts as "the column" when most neighbours fall within that band.
 */
const BAND = 2;
const MIN_SHARE = 0.4;
/** Double spacing runs through a whole column; a few one-line paragraphs in a row are not it. */
const MIN_DOUBLE_SPACED_LINES = 8;
/** Wider lines are not columns (one line per paragraph); they are counted in the last bucket. */
const MAX_TRACKED = 64;

/**
 * For each line, the width of the column it was set in, or null when its neighbourhood shows
 * no common width (one line per paragraph, copy-pasted text).
 */
export function estimateColumnWidths(lines: readonly LineFeatures[]): Array<number | null> {
  const widths = lines.map((line) => (line.byline || line.caption ? -1 : Math.min(MAX_TRACKED, Math.floor(line.width + line.indentWidth))));
  // Heads are short lines too and may share a width; a column needs running text (lines with
  // punctuation inside that run on) among its lines, or a run of heads would pass for a column.
  const running = lines.map((line) => !line.headlineShaped && !line.endsSentence);
  // Sliding-window histograms keep this linear in the page size.
  const all = new Int32Array(MAX_TRACKED + 2);
  const runningCounts = new Int32Array(MAX_TRACKED + 2);
  let considered = 0;
  const add = (index: number, delta: number) => {
    const width = widths[index];
    if (width < 6) return;
    all[width] += delta;
    considered += delta;
    if (running[index]) runningCounts[width] += delta;
  };
  const pageWidth = pageColumnWidth(lines);
  let windowFrom = 0;
  let windowTo = 0;
  return lines.map((_, position) => {
    const from = Math.max(0, position - WINDOW);
    const to = Math.min(lines.length, position + WINDOW + 1);
    while (windowTo < to) add(windowTo++, 1);
    while (windowFrom < from) add(windowFrom++, -1);
    let best = -1;
    let bestCount = 0;
    for (let width = 6; width <= MAX_TRACKED; width++) {
      if (!all[width]) continue;
      let inBand = 0;
      let runningInBand = 0;
      for (let other = Math.max(0, width - BAND); other <= width + 1; other++) {
        inBand += all[other];
        runningInBand += runningCounts[other];
      }
      if (runningInBand < 2) continue;
      if (best < 0 || all[width] > all[best] || (all[width] === all[best] && width > best)) {
        best = width;
        bestCount = inBand;
      }
    }
    if (best < 0 || bestCount < 3 || bestCount < considered * MIN_SHARE || best > 60) return pageWidth;
    return best;
  });
}

/**
 * A short page may have too few lines for a local estimate. Two or more running lines that share
 * the page's greatest width are a column edge (a one-line-per-paragraph page has a single longest line).
 */
function pageColumnWidth(lines: readonly LineFeatures[]): number | null {
  let widest = 0;
  for (const line of lines) if (!line.headlineShaped && line.width >= 8) widest = Math.max(widest, line.width + line.indentWidth);
  if (widest < 8 || widest > 60) return null;
  // A mark hanging in the margin makes a line half or one cell wider than the column.
  const atEdge = lines.filter((line) => !line.headlineShaped && line.width + line.indentWidth >= widest - 1.5).length;
  return atEdge >= 2 ? Math.floor(widest) : null;
}

/**
 * Runs where every line is followed by a blank line and lines share one width: the blank lines
 * are double spacing, not paragraph breaks. Returns, per line position, the column width of
 * such a run (the break before this line is inside it) or null.
 */
export function findDoubleSpacedRuns(lines: readonly LineFeatures[]): Array<number | null> {
  const result: Array<number | null> = lines.map(() => null);
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    while (end < lines.length && lines[end].gapBefore) end++;
    // lines[start..end-1] are separated by blank lines only.
    const count = end - start;
    if (count >= MIN_DOUBLE_SPACED_LINES) {
      const body = lines.slice(start, end - 1).map((line) => line.width).sort((a, b) => a - b);
      const median = body[Math.floor(body.length / 2)];
      const near = body.filter((width) => Math.abs(width - median) <= BAND).length;
      const unfinished = lines.slice(start, end - 1).filter((line) => !line.endsSentence).length;
      if (median <= 40 && near >= body.length * 0.7 && unfinished >= body.length * 0.5) {
        for (let index = start + 1; index < end; index++) result[index] = median + 1;
      }
    }
    start = end;
  }
  return result;
}
