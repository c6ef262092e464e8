import type { BreakDecision } from '../../model/page-analysis';
import type { BreakContext } from '../decide-breaks';
import type { LineFeatures } from '../line-features';

/**
 * MuPDF (`mutool draw -F txt`) ends a text block wherever the line spacing rounds differently, so a
 * blank line follows nearly every line, or every few lines, paragraph end or not. In running text
 * a blank line after an unfinished line is otherwise rare (a column or page break): when at least
 * this share of unfinished lines is followed by one, blank lines are not paragraph evidence here.
 */
const ARTIFACT_SHARE = 0.3;
const MIN_ARTIFACT_GAPS = 4;
/** A running line: not a head, long enough to have run on. */
const RUNNING_WIDTH = 8;
/** A line this close to its column filled it. */
const FULL_SLACK = 1;

export const BLANK_LINE_ARTIFACT_REASON = '本页几乎每行后都有空行（提取工具所致），空行不作分段依据';
export const VERTICAL_RUN_REASON = '逐字成行（提取工具把一行字拆成每字一行），合为一行';
export const FORM_FEED_REASON = '换页符处为分页，不是文字';
export const TRACKED_TAIL_REASON = '字距拉开的标题折行，末字接续';
export const TRACKED_HEADLINE_REASON = '下一行为字距拉开的标题（宽于栏，不是栏内文字）';

/** A line set with a space after every character (`巡 回 法 庭 …`), as a tracked headline comes out. */
const LETTER_SPACED = /^\s*(\S\s+){4,}\S\s*$/u;

const isRunning = (line: LineFeatures) => !line.headlineShaped && line.width >= RUNNING_WIDTH && !line.byline && !line.caption && !line.credit && !line.pageFurniture;

/** Lines of running text that follow one another with no blank line between. */
function runningWraps(lines: readonly LineFeatures[]): number {
  let wraps = 0;
  for (let position = 1; position < lines.length; position++) if (!lines[position].gapBefore && isRunning(lines[position]) && isRunning(lines[position - 1])) wraps++;
  return wraps;
}

/** Whether the page's blank lines come from the extractor rather than from paragraphs. */
export function hasBlankLineArtifact(lines: readonly LineFeatures[]): boolean {
  let unfinished = 0;
  let gaps = 0;
  for (let position = 0; position + 1 < lines.length; position++) {
    const line = lines[position];
    // A list's item or a lead-in closes on ； or ： and a blank line may well follow it: only lines cut mid-clause count.
    if (line.headlineShaped || line.endsSentence || /[：:；;]$/u.test(line.content) || line.width < RUNNING_WIDTH || line.byline || line.caption || line.pageFurniture) continue;
    unfinished++;
    if (lines[position + 1].gapBefore) gaps++;
  }
  // A blank line after every line with no exception is regular double spacing, which the break rules already read.
  return gaps >= MIN_ARTIFACT_GAPS && gaps >= unfinished * ARTIFACT_SHARE && runningWraps(lines) > 0;
}

/**
 * On such a page a blank line is decided like a line wrap in its column (the way a double-spaced
 * run already is) — except after a finished sentence when the next line stops short of the
 * column: MuPDF starts a new block, and so writes a blank line, at each paragraph's first line,
 * whose indent it drops; that line is short by the indent, a line that ran on fills the column.
 */
export function blankLinesAsWraps(context: BreakContext): BreakContext {
  const doubleSpaced = context.lines.map((line, position) => {
    const column = position > 0 ? context.columnWidths[position - 1] : null;
    if (context.doubleSpaced[position] !== null || !line.gapBefore || column === null) return context.doubleSpaced[position];
    const opensParagraph = context.lines[position - 1].endsSentence && line.width + line.indentWidth < column - FULL_SLACK;
    return opensParagraph ? null : column;
  });
  return { ...context, doubleSpaced, blockBlankLines: true };
}

/** One Han character alone on its line: a horizontal line the extractor wrote a character at a time. */
const isSingleCharacter = (line: LineFeatures) => line.width === 1 && /^[\u4e00-\u9fff]$/u.test(line.content);
/** Fewer single characters in a row are a short head's end (`口`), not a run. */
const MIN_VERTICAL_RUN = 3;

/**
 * What extractors did that the decisions must say: characters written one per line are joined, a
 * tracked headline wider than the column is set apart and its wrapped last character joined;
 * on a page with extractor blank lines, and across a form feed, the reason says why a blank line
 * did not count.
 */
export function repairExtractorBreaks(breaks: readonly BreakDecision[], context: BreakContext, rawLines: readonly string[], blankLineArtifact: boolean): BreakDecision[] {
  const lines = context.lines;
  const inRun = new Set<number>();
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && isSingleCharacter(lines[end])) end++;
    if (end - start >= MIN_VERTICAL_RUN) for (let position = start + 1; position < end; position++) inRun.add(position);
    start = Math.max(end, start + 1);
  }
  return breaks.map((decision, index) => {
    const position = index + 1;
    if (inRun.has(position)) return { ...decision, decision: 'join', confidence: 0.8, reason: VERTICAL_RUN_REASON };
    if (decision.kind === 'wrap' && isSingleCharacter(lines[position]) && LETTER_SPACED.test(lines[position - 1].raw)) return { ...decision, decision: 'join', confidence: 0.75, reason: TRACKED_TAIL_REASON };
    const column = context.columnWidths[position - 1];
    const tracked = LETTER_SPACED.test(lines[position].raw) && lines[position].headlineShaped;
    if (tracked && column !== null && lines[position].width > column + 1.25) return { ...decision, decision: 'split', confidence: 0.75, reason: TRACKED_HEADLINE_REASON };
    const notes: string[] = [];
    if (decision.kind === 'gap' && blankLineArtifact) notes.push(BLANK_LINE_ARTIFACT_REASON);
    if (rawLines.slice(decision.before + 1, decision.after + 1).some((raw) => raw.includes('\f'))) notes.push(FORM_FEED_REASON);
    return notes.length ? { ...decision, reason: `${decision.reason}；${notes.join('；')}` } : decision;
  });
}
