// A PDF page's text geometry → the same PageAnalysis the text engine gives, with
// each raw line's box on the page.
//
// BASELINE: lines from shared baselines, cut where a wide horizontal gap shows a
// column gutter, read column by column, a blank line where the vertical gap is
// larger than the line pitch; then the text engine decides breaks and roles.
// Geometry-based columns, blocks and roles replace this (issue #10).
import { analyzePage, type AnalyzeOptions } from '../analysis/analyze-page';
import type { LineBox } from '../model/page-geometry';
import type { PageAnalysis } from '../model/page-analysis';
import type { PdfPageLayout, PdfTextItem } from '../model/pdf-layout';

interface TextLine {
  items: PdfTextItem[];
  x: number;
  y: number;
  width: number;
  height: number;
}

function lineOf(items: PdfTextItem[]): TextLine {
  const x = Math.min(...items.map((item) => item.x));
  const y = Math.min(...items.map((item) => item.y));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const bottom = Math.max(...items.map((item) => item.y + item.height));
  return { items, x, y, width: right - x, height: bottom - y };
}

/** Items that share a baseline, cut at gutters (a gap wider than twice the type size). */
function baselineLines(items: PdfTextItem[]): TextLine[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.y + a.height - (b.y + b.height) || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const last = row?.at(-1);
    if (row && last && Math.abs(last.y + last.height - (item.y + item.height)) <= Math.max(1, 0.3 * Math.min(last.fontSize, item.fontSize))) row.push(item);
    else rows.push([item]);
  }
  const lines: TextLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfTextItem[] = [];
    for (const item of row) {
      const previous = current.at(-1);
      if (previous && item.x - (previous.x + previous.width) > 2 * Math.max(previous.fontSize, item.fontSize)) {
        lines.push(lineOf(current));
        current = [];
      }
      current.push(item);
    }
    if (current.length > 0) lines.push(lineOf(current));
  }
  return lines;
}

function lineText(line: TextLine): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of line.items) {
    if (previous && item.x - (previous.x + previous.width) > 0.25 * item.fontSize && !/\s$/u.test(text)) text += ' ';
    text += item.text;
    previous = item;
  }
  return text.trim();
}

/** Column by column (lines grouped by where they start, left to right), top to bottom inside each. */
function readingOrder(lines: TextLine[], pageWidth: number): TextLine[] {
  const band = pageWidth / 24;
  return [...lines].sort((a, b) => Math.floor(a.x / band) - Math.floor(b.x / band) || a.y - b.y);
}

export function analyzePdfPage(layout: PdfPageLayout, options: AnalyzeOptions = {}): PageAnalysis {
  const ordered = readingOrder(baselineLines(layout.items), layout.width);
  const rawLines: string[] = [];
  const boxes: LineBox[] = [];
  let previous: TextLine | undefined;
  for (const line of ordered) {
    if (previous && (line.y - (previous.y + previous.height) > 0.8 * previous.height || line.y < previous.y)) rawLines.push('');
    boxes.push({ line: rawLines.length, x: line.x, y: line.y, width: line.width, height: line.height });
    rawLines.push(lineText(line));
    previous = line;
  }
  const analysis = analyzePage(rawLines.join('\n'), options);
  return { ...analysis, geometry: { pdfPage: layout.pageNumber, width: layout.width, height: layout.height, lines: boxes } };
}
