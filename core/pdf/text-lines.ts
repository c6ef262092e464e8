// Text runs → printed lines: runs that share a baseline and follow each other without a gutter.
// Chromium and most typesetters emit one run per glyph run and font subset, so a line is many runs.
import type { PdfTextItem } from '../model/pdf-layout';

export interface PdfLine {
  items: PdfTextItem[];
  text: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
  baseline: number;
  /** The type size most of the line's characters are set in. */
  size: number;
  /** Most characters are set in a bold face. */
  bold: boolean;
  /** A bold run that opens a regular line (a run-in dateline: **赤峰讯** 近日…), else ''. */
  boldLead: string;
}

const baselineOf = (item: PdfTextItem) => item.baseline ?? item.y + item.fontSize * 0.88;

/** A gap this many ems wide inside a row is a gutter between columns, not a space in the text. */
const GUTTER_EMS = 1.25;
/** A gap this wide between runs prints as a space (a Latin space, an ideographic space, a justified phrase break). */
const SPACE_EMS = 0.3;

function buildLine(items: PdfTextItem[]): PdfLine {
  let text = '';
  let boldLead = '';
  let leadOpen = true;
  const sizeWeight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  items.forEach((item, index) => {
    const previous = items[index - 1];
    if (previous && item.x - (previous.x + previous.width) > SPACE_EMS * Math.max(previous.fontSize, item.fontSize) && !text.endsWith(' ')) {
      text += ' ';
    }
    text += item.text;
    const length = [...item.text].length;
    chars += length;
    if (item.bold) boldChars += length;
    const size = Math.round(item.fontSize * 2) / 2;
    sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + length);
    if (leadOpen && item.bold) boldLead += (previous && text.endsWith(` ${item.text}`) ? ' ' : '') + item.text;
    else leadOpen = false;
  });
  const size = [...sizeWeight.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const bold = boldChars * 2 > chars;
  return {
    items,
    text: text.trim(),
    x: Math.min(...items.map((item) => item.x)),
    y: Math.min(...items.map((item) => item.y)),
    right: Math.max(...items.map((item) => item.x + item.width)),
    bottom: Math.max(...items.map((item) => item.y + item.height)),
    baseline: baselineOf(items[0]),
    size,
    bold,
    boldLead: bold ? '' : boldLead.trim(),
  };
}

/**
 * Groups runs into lines: same baseline (within a quarter of the type size), then cut where a gap
 * wider than GUTTER_EMS (or a vertical rule) shows a gutter between side-by-side columns.
 */
export function buildTextLines(items: readonly PdfTextItem[], verticalRules: ReadonlyArray<{ x: number; y: number; height: number }> = []): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => baselineOf(a) - baselineOf(b) || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(baselineOf(row[0]) - baselineOf(item)) <= 0.25 * Math.min(row[0].fontSize, item.fontSize)) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfTextItem[] = [];
    for (const item of row) {
      const previous = current.at(-1);
      if (previous) {
        const gapStart = previous.x + previous.width;
        const ruled = verticalRules.some((rule) => rule.x >= gapStart - 1 && rule.x <= item.x + 1 && rule.y <= item.y + item.height && rule.y + rule.height >= item.y);
        if (ruled || item.x - gapStart > GUTTER_EMS * Math.max(previous.fontSize, item.fontSize)) {
          lines.push(buildLine(current));
          current = [];
        }
      }
      current.push(item);
    }
    if (current.length) lines.push(buildLine(current));
  }
  return lines;
}

/** The body type size: the size most characters on the page are set in. */
export function bodyTypeSize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + [...line.text].length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
