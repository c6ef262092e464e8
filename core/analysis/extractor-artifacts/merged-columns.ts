import { isChineseContext } from '../character-classes';
import { displayWidth } from '../display-width';
import { COLUMN_TOLERANCE } from './column-assignment';
import { hasLayoutSpacing, splitPlainMergedColumns } from './plain-merged-columns';

// pdftotext (above all with -layout) writes a page row by row: where two columns' lines stand at
// the same height, one output line carries both (`左栏的文字      右栏的文字`). Where a split point
// runs down consecutive lines at about the same display column, the columns are taken apart again
// and read one after the other; where lines look merged but no such split point holds, the engine
// only says so.

/** A piece of a line between column gaps; `start` in display cells (a Han character is one). */
interface Segment {
  start: number;
  offset: number;
  text: string;
}

/** A left column's text starts at the margin, give or take a first-line indent. */
const MARGIN = 3;
/** A single space splits columns only after this much text (a dateline `本报讯 ` is shorter). */
const MIN_COLUMN_TEXT = 8;
/** The narrowest column we split off: a newspaper column holds ten characters or more. */
const MIN_COLUMN_START = 10;
/** Rows that must carry both columns before a split is certain. */
const MIN_SPLIT_ROWS = 3;
/** A merged line without positions (plain pdftotext): two runs of text at least this wide. */
const MIN_MERGED_RUN = 12;

function segmentsOf(line: string): Segment[] {
  // Most lines hold no ASCII space at all: one segment at the margin, without walking the characters.
  if (!line.includes(' ')) return line === '' ? [] : [{ start: 0, offset: 0, text: line.trimEnd() }];
  const segments: Segment[] = [];
  let start = -1;
  let width = 0;
  let segmentStartWidth = 0;
  // Widths run in display cells; the column a segment starts at is where pdftotext put it.
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === ' ') {
      let runEnd = index + 1;
      while (line[runEnd] === ' ') runEnd++;
      let wordEnd = runEnd;
      while (wordEnd < line.length && line[wordEnd] !== ' ') wordEnd++;
      const single = runEnd - index === 1;
      const before = line[index - 1] ?? '';
      const after = line[runEnd] ?? '';
      // One space parts two columns only between two long runs of text (not `本报讯 `, not `校对 孙丽`).
      const wordBefore = displayWidth(line.slice(line.lastIndexOf(' ', index - 1) + 1, index));
      const wordAfter = displayWidth(line.slice(runEnd, wordEnd));
      const longRuns = wordBefore >= MIN_COLUMN_TEXT && wordAfter >= MIN_COLUMN_TEXT / 2;
      const isGap = start >= 0 && after !== '' && (!single || (isChineseContext(before) && isChineseContext(after) && longRuns));
      if (isGap || start < 0) {
        if (start >= 0) segments.push({ start: segmentStartWidth, offset: start, text: line.slice(start, index) });
        start = -1;
      }
      width += displayWidth(line.slice(index, runEnd));
      index = runEnd - 1;
      continue;
    }
    if (start < 0) {
      start = index;
      segmentStartWidth = width;
    }
    width += displayWidth(char);
  }
  if (start >= 0) segments.push({ start: segmentStartWidth, offset: start, text: line.slice(start).trimEnd() });
  return segments;
}

export interface MergedColumnsNote {
  /** First and last line (after the repair) of the lines concerned. */
  from: number;
  to: number;
  split: boolean;
}

export interface MergedColumnsResult {
  lines: string[];
  notes: MergedColumnsNote[];
}

interface Block {
  from: number;
  to: number;
  column: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A row carrying two columns: where the right one starts, and where the left one's text ends. */
interface SplitRow {
  start: number;
  leftEnd: number;
  /** The columns stand apart by more than one space: the extractor placed them by position. */
  spaced: boolean;
}

function splitRowOf(segments: readonly Segment[]): SplitRow | null {
  if (segments.length < 2 || segments[0].start > MARGIN) return null;
  const leftEnd = segments[0].start + displayWidth(segments[0].text);
  // A column holds more than a dateline (`赤峰讯  6月25日…` is one line with a wide space).
  if (segments[1].start < MIN_COLUMN_START || displayWidth(segments[1].text) < MIN_COLUMN_TEXT / 2) return null;
  return { start: segments[1].start, leftEnd, spaced: segments[1].start - leftEnd >= 1 };
}

/** Left-column text alone on its line: at the margin; a trailing one ends a sentence or fills the column (not a `责任编辑 …` footer). */
const leftAlone = (segments: readonly Segment[]) => segments.length === 1 && segments[0].start <= MARGIN;

/**
 * Runs of rows whose right column starts at one display column. pdftotext writes fewer spaces after
 * a short line, so a row whose left text stops early may start its right column a little left of it.
 */
function findBlocks(lines: readonly string[], minRows: number): { certain: Block[]; doubtful: Array<{ from: number; to: number }> } {
  const segments = lines.map(segmentsOf);
  const rows = segments.map(splitRowOf);
  const certain: Block[] = [];
  const doubtful: Array<{ from: number; to: number }> = [];
  let index = 0;
  while (index < lines.length) {
    if (!rows[index]) {
      index++;
      continue;
    }
    let end = index;
    let lastSplit = index;
    while (end < lines.length && (rows[end] || leftAlone(segments[end]))) {
      if (rows[end]) lastSplit = end;
      end++;
    }
    // After the last row with both columns, only lines that carry on the left column's text stay in the run.
    while (end > lastSplit + 1 && !/[，。；、！？：”]/u.test(lines[end - 1])) end--;
    const found = rows.slice(index, end).filter((row): row is SplitRow => row !== null);
    const full = found.filter((row) => row.start - row.leftEnd <= COLUMN_TOLERANCE);
    const column = median((full.length ? full : found).map((row) => row.start));
    const consistent = found.every((row) => Math.abs(row.start - column) <= COLUMN_TOLERANCE || (row.start < column && row.leftEnd < row.start - 1));
    // Without positions (plain pdftotext, one space between the columns) which column a lone line belongs to is unknown.
    if (found.length >= minRows && consistent && found.some((row) => row.spaced)) {
      let to = end;
      // Lines of the right column alone, after the left one ended.
      // pdftotext writes fewer spaces before a line with nothing to its left, so it may stand left of its column; running text (，。) tells it from a centred head.
      const rightAlone = (at: number) => segments[at].length >= 1 && segments[at][0].start > MARGIN && (Math.abs(segments[at][0].start - column) <= COLUMN_TOLERANCE || (segments[at].length === 1 && segments[at][0].start < column && /[，。、；]/u.test(lines[at])));
      while (to < lines.length && rightAlone(to)) to++;
      certain.push({ from: index, to, column });
      index = to;
    } else {
      if (found.length >= 2) doubtful.push({ from: index, to: end });
      index = Math.max(end, index + 1);
    }
  }
  return { certain, doubtful };
}

/** A right column's line as the column set it: a first line standing in from the column keeps its indent. */
function rightPart(line: string, segment: Segment, column: number): string {
  return (segment.start - column >= 0.75 ? '  ' : '') + line.slice(segment.offset).trimEnd();
}

/** Offset of a single space between Chinese text that stands at the block's column, or -1. */
function spaceAtColumn(line: string, column: number): number {
  let width = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === ' ' && line[index + 1] !== ' ' && line[index - 1] !== ' ' && index > 0) {
      if (Math.abs(width + 0.5 - column) <= COLUMN_TOLERANCE && isChineseContext(line[index - 1]) && isChineseContext(line[index + 1] ?? '')) return index;
    }
    width += displayWidth(line[index]);
  }
  return -1;
}

function splitBlock(lines: readonly string[], block: Block, depth: number): string[] {
  const left: string[] = [];
  const right: string[] = [];
  for (let index = block.from; index < block.to; index++) {
    const line = lines[index];
    const segments = segmentsOf(line);
    if (segments[0].start > MARGIN) right.push(rightPart(line, segments[0], block.column));
    else if (segments.length === 1) {
      // A short right-column tail (`守法。`) after one space, where the column stands.
      const space = spaceAtColumn(line, block.column);
      if (space < 0) left.push(line.trimEnd());
      else {
        left.push(line.slice(0, space).trimEnd());
        right.push(line.slice(space + 1).trimEnd());
      }
    }
    else {
      left.push(line.slice(0, segments[1].offset).trimEnd());
      right.push(rightPart(line, segments[1], block.column));
    }
  }
  // A third column stands beside the second the way the second stood beside the first.
  return [...left, ...(depth < 4 ? splitMergedColumns(right, depth + 1).lines : right)];
}

/**
 * Takes apart lines that carry two (or more) columns side by side, where a split point runs down
 * at least three consecutive rows; returns the lines in reading order (each column top to bottom)
 * and a note for each place, split or only suspected.
 */
export function splitMergedColumns(lines: readonly string[], depth = 0): MergedColumnsResult {
  if (depth === 0 && !hasLayoutSpacing(lines)) {
    const plain = splitPlainMergedColumns(lines);
    return { lines: plain.lines, notes: [...plain.notes, ...findRunTogetherLines(plain.lines, plain.notes)].sort((a, b) => a.from - b.from) };
  }
  // Inside a block already taken apart, the columns are known to stand side by side: two rows show where.
  const { certain, doubtful } = findBlocks(lines, depth > 0 ? 2 : MIN_SPLIT_ROWS);
  const result: string[] = [];
  const notes: MergedColumnsNote[] = [];
  // Where each input line landed: a split row becomes two lines, so later lines move down.
  const shifts: Array<{ after: number; shift: number }> = [];
  let consumed = 0;
  for (const block of certain) {
    while (consumed < block.from) result.push(lines[consumed++]);
    const from = result.length;
    result.push(...splitBlock(lines, block, depth));
    notes.push({ from, to: result.length - 1, split: true });
    consumed = block.to;
    shifts.push({ after: block.to, shift: result.length - consumed });
  }
  while (consumed < lines.length) result.push(lines[consumed++]);
  const landed = (index: number) => index + (shifts.filter((entry) => entry.after <= index).at(-1)?.shift ?? 0);
  for (const range of doubtful) notes.push({ from: landed(range.from), to: landed(range.to - 1), split: false });
  if (depth > 0) return { lines: result, notes: notes.sort((a, b) => a.from - b.from) };
  // Rows the positions did not prove (the columns stood one space apart) are read by the column measures, as plain pdftotext's are.
  const held = new Set<number>();
  for (const note of notes) if (note.split) for (let line = note.from; line <= note.to; line++) held.add(line);
  const plain = splitPlainMergedColumns(result, { held, collapseSpaces: true });
  const moved = notes
    .map((note) => ({ ...note, from: plain.landed[note.from], to: plain.landed[note.to] }))
    .filter((note) => note.from >= 0 && note.to >= 0);
  const all = [...moved, ...plain.notes];
  all.push(...findRunTogetherLines(plain.lines, all));
  return { lines: plain.lines, notes: all.sort((a, b) => a.from - b.from) };
}

/**
 * Plain pdftotext joins two columns' lines with a single space and no positions: a line twice as
 * wide as the page's lines, two long runs of text with one space between. That cannot be split
 * for certain; it is noted for the editor.
 */
function findRunTogetherLines(lines: readonly string[], known: readonly MergedColumnsNote[]): MergedColumnsNote[] {
  const widths = lines.map((line) => displayWidth(line.trim())).filter((width) => width >= MIN_MERGED_RUN);
  if (widths.length < 4) return [];
  const typical = median(widths);
  const notes: MergedColumnsNote[] = [];
  lines.forEach((line, index) => {
    if (known.some((note) => index >= note.from && index <= note.to)) return;
    const runs = line.trim().split(/ +/u);
    if (runs.length !== 2 || displayWidth(line.trim()) < typical * 1.5) return;
    if (runs.every((run) => displayWidth(run) >= MIN_MERGED_RUN) && /[\u4e00-\u9fff，、]$/u.test(runs[0]) && isChineseContext(runs[1][0] ?? '')) {
      const last = notes[notes.length - 1];
      if (last && last.to >= index - 2) last.to = index;
      else notes.push({ from: index, to: index, split: false });
    }
  });
  return notes;
}
