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

/**
 * A gap this many ems wide inside a row is a gutter between columns, not a space in the text.
 * Gutters are rarely under one em; a closing quote at a line end may eat into one.
 */
const GUTTER_EMS = 0.8;
/**
 * Between Chinese characters a gap this wide is a space: a Latin space in a CJK font is 0.22 em
 * (刘洋 摄), while the spacing of a justified line that pdf.js reports as spaces is 0.1–0.18 em.
 */
const CJK_SPACE_EMS = 0.2;
/** The advance of a digit in Noto CJK's proportional figures, in ems (0.55–0.59 measured on corpus pages). */
const DIGIT_EMS = 0.55;
/** Between Latin letters or digits, a gap this wide is a word space. */
const LATIN_SPACE_EMS = 0.15;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·●]/u;

/**
 * A run's own text without the spaces pdf.js invents inside it for the spacing of a justified CJK
 * line (在 审 理): in a run of full-width characters, spaces narrower than CJK_SPACE_EMS go; a
 * space between two non-CJK characters (a Latin phrase, an e-mail address) always stays.
 */
function runText(item: PdfTextItem, tracking: number): string {
  const text = item.text.trim();
  const spaces = (text.match(/\s/gu) ?? []).length;
  if (!spaces) return text;
  const glyphs = [...text.replace(/\s/gu, '')];
  // Chinese characters are an em wide, digits about 0.55 em (Noto CJK); the line's tracking follows every glyph.
  const measured = glyphs.every((char) => CJK.test(char) || /\d/u.test(char)) && glyphs.some((char) => CJK.test(char));
  const natural = glyphs.reduce((sum, char) => sum + (CJK.test(char) ? 1 : DIGIT_EMS), 0) + tracking * glyphs.length;
  if (measured && (item.width / item.fontSize - natural) / spaces >= CJK_SPACE_EMS) return text.replace(/\s+/gu, ' ');
  if (measured && glyphs.every((char) => CJK.test(char))) return text.replace(/\s+/gu, '');
  return text.replace(/(\S?)\s+(?=(\S?))/gu, (_match, before: string, after: string) => (before && after && !CJK.test(before) && !CJK.test(after) ? `${before} ` : before));
}

/**
 * The spacing a justified line adds after every character, in ems, measured on runs of Chinese
 * characters (each one em wide when set solid); a gap is a space only beyond it.
 */
function justifiedTracking(items: readonly PdfTextItem[], withSpaces: boolean): number {
  let extra = 0;
  let chars = 0;
  for (const item of items) {
    if (!withSpaces && /\s/u.test(item.text.trim())) continue;
    const glyphs = [...item.text.replace(/\s/gu, '')];
    if (glyphs.length < 2 || !glyphs.every((char) => CJK.test(char))) continue;
    extra += item.width / item.fontSize - glyphs.length;
    chars += glyphs.length;
  }
  return chars ? Math.max(0, extra / chars) : 0;
}

function buildLine(items: PdfTextItem[]): PdfLine {
  let text = '';
  let boldLead = '';
  let leadOpen = true;
  const sizeWeight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  const tracking = justifiedTracking(items, true);
  // What a run's own spaces are measured against: the tracking of runs pdf.js gave no spaces; where
  // every run has some, their spacing when several runs have them (pdf.js spreads false spaces through
  // a justified line), else none, so that the real spaces of a byline are not taken to measure themselves.
  const spacedCjkRuns = items.filter((item) => /\s/u.test(item.text.trim()) && [...item.text.trim()].every((char) => CJK.test(char) || /\s/u.test(char))).length;
  const runTracking = justifiedTracking(items, false) || (spacedCjkRuns >= 2 ? tracking : 0);
  items.forEach((item, index) => {
    const previous = items[index - 1];
    const own = runText(item, runTracking);
    if (previous) {
      const gap = (item.x - (previous.x + previous.width)) / Math.max(previous.fontSize, item.fontSize);
      const cjkJoint = CJK.test(text.slice(-1)) || CJK.test(own[0] ?? '');
      // Chinese punctuation takes no space beside it: a gap there is the font's half-width quote in a full-width cell.
      const besidePunctuation = /[“‘（《「『【，。、；：？！…—]$/u.test(text) || /^[”’）》」』】，。、；：？！…—]/u.test(own);
      if (gap > (cjkJoint ? CJK_SPACE_EMS + tracking : LATIN_SPACE_EMS) && !besidePunctuation && !text.endsWith(' ')) text += ' ';
    }
    text += own;
    const length = [...item.text].length;
    chars += length;
    if (item.bold) boldChars += length;
    const size = Math.round(item.fontSize * 2) / 2;
    sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + length);
    if (leadOpen && item.bold) boldLead += (previous && text.endsWith(` ${own}`) ? ' ' : '') + own;
    else leadOpen = false;
  });
  const size = [...sizeWeight.entries()].sort((a, b) => b[1] - a[1])[0][0];
  // A bold lead that regular text runs on from (**锡林郭勒讯** 在阿巴嘎) is a run-in dateline on a
  // body line, however few characters of the narrow column follow it.
  const runIn = !leadOpen && /[讯电]$/u.test(boldLead.trim());
  const bold = boldChars * 2 > chars && !runIn;
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
  // A printed space up to two ems wide (an ideographic space after a dateline) holds its neighbours
  // together; wider blank runs are alignment (a masthead spread across the page).
  const spaces = items.filter((item) => item.text.trim() === '' && item.width <= 2 * item.fontSize);
  const bridged = (left: PdfTextItem, right: PdfTextItem) => {
    const start = left.x + left.width;
    return spaces.some((space) => Math.abs(baselineOf(space) - baselineOf(left)) < 0.25 * left.fontSize && space.x <= start + 1 && space.x + space.width >= right.x - 1);
  };
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => baselineOf(a) - baselineOf(b) || a.x - b.x);
  const overGutter = gutterBelow(sorted);
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
        const gap = item.x - gapStart;
        // Headline type and body type side by side on one baseline are a headline beside a column (a side head), not one line.
        const sizes = [previous.fontSize, item.fontSize].sort((a, b) => a - b);
        const headBesideBody = sizes[1] > HEAD_SIZE_RATIO * sizes[0] && gap > sizes[0];
        const wide = headBesideBody || gap > GUTTER_EMS * sizes[1] || (gap > HEADLINE_GUTTER_EMS * sizes[1] && overGutter(gapStart, item.x, baselineOf(item)));
        if (ruled || (wide && !bridged(previous, item))) {
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

/**
 * Large type narrows the gutter in ems: two headlines side by side over a 13-point gutter stand
 * 0.75 em apart in 23-point type. Between runs of one headline there is no such gap (a space
 * between its phrases is a printed space inside the run), so half an em is a gutter where the
 * columns below keep it white.
 */
const HEADLINE_GUTTER_EMS = 0.5;
/** Runs whose type sizes differ this much are a headline and body text (小二 over 五号 is 1.7). */
const HEAD_SIZE_RATIO = 1.4;

/**
 * Whether the white between `left` and `right` on a row runs on down the body text below it
 * (12 lines of body type): no body run crosses its middle, and body lines end left of it and start right of it.
 */
function gutterBelow(items: readonly PdfTextItem[]): (left: number, right: number, baseline: number) => boolean {
  const weight = new Map<number, number>();
  for (const item of items) weight.set(item.fontSize, (weight.get(item.fontSize) ?? 0) + [...item.text].length);
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const bodyItems = items.filter((item) => Math.abs(item.fontSize - body) < 0.1 * body);
  return (left, right, baseline) => {
    const below = bodyItems.filter((item) => baselineOf(item) > baseline && baselineOf(item) < baseline + 12 * 1.5 * body);
    // The headline's gap and the body's gutter need not match to the point: the middle of one lies in the other.
    const middle = (left + right) / 2;
    if (below.some((item) => item.x < middle - 1 && item.x + item.width > middle + 1)) return false;
    const ending = below.filter((item) => item.x + item.width <= middle && item.x + item.width >= left - body).length;
    const starting = below.filter((item) => item.x >= middle && item.x <= right + 2.5 * body).length;
    return ending >= 2 && starting >= 2;
  };
}

/** The body type size: the size most characters on the page are set in. */
export function bodyTypeSize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + [...line.text].length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
