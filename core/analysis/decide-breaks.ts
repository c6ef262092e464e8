import type { BreakChoice, BreakDecision } from '../model/page-analysis';
import { firstCharacter, FORBIDDEN_LINE_START, lastCharacter, PARTICLE_START } from './character-classes';
import { estimateColumnWidths, findDoubleSpacedRuns } from './column-width';
import { HEADLINE_PART_WIDTH, LEAD_COLON, MAX_HEADLINE_WIDTH, isBareHanPhrase, isCaseHead, isQuotedSaying, isBarePhrase, isQuestionHead, isQuestionThenPhrase, isShortQuestionTail, provesHeadAbove, secondPhraseWide, signsAbove, type LineFeatures } from './line-features';
import { displayWidth } from './display-width';
import { BARE_NAMES } from './model/line-signals';
import { pairsOfPage } from './pairs-within-lines';
import { entryRunsOn, isWholeEntry, NAME_WITH_UNIT } from './name-with-unit';
import { narrowHeadRunJoins } from './narrow-head-run';
import { isSurnameLedName } from './personal-names';
import { pairInformation } from './model/char-pairs';
import { AWARD_GRADE, COURT_RUN_IN, BRACKETED_SECTION_HEAD, COURT_LIST, SPACED_COURT_LIST, isDateAlone, ITEM_HEAD_LINE, QUESTION_PARTICLE_TAIL, QUESTION_TAIL_LINE, ASKS_WORDS, SOURCE_AFTER_SENTENCE, CASE_NUMBER, COURT_LED_HEAD, CASE_SECTION_HEAD, CASE_SECTION_LABEL, COURT_NAME, COURT_SIGNATURE, EDITORIAL_LABEL, NOTICE_HEADLINE, ITEM_SIGNATURE, OFFICIAL_DOCUMENT_TITLE, PAGE_DATE, PLACE_RUN_IN, ROUNDUP_HEADLINE, SIGNATURE_NAME_TAIL, WEEKDAY, WRITERS_NAMES, isCredit } from './line-patterns';

/** A line this close to the column width filled its column: the text ran on (满栏). */
const FULL_LINE_SLACK = 2.5;
/**
 * A line that ends a sentence is a paragraph's last line unless it filled its column. A column
 * line falls short of the measure by less than one character (a half-width digit, a number kept
 * whole), so in a narrow column a line two characters short did not fill it: the slack is a tenth
 * of the measure, between 1.25 and FULL_LINE_SLACK cells.
 */
function sentenceEndSlack(columnWidth: number): number {
  return Math.min(FULL_LINE_SLACK, Math.max(1.25, columnWidth / 10));
}
/**
 * A section head set in a column is clearly shorter than the column; the first line of a
 * paragraph already loses two cells to its indent, so a head must be shorter still.
 */
const HEADLINE_SLACK = 5.5;
/** A line longer than any column a page sets (wide layouts run to 40 cells): a paragraph set on one line. */
const UNWRAPPED_LINE_WIDTH = 44;
const MIN_HEADLINE_SLACK = 1.5;
const ATTRIBUTION_REASON = '下一行为引语出处，与引语相连';
/** Lines a list's entry wraps over at the narrowest measure (《读史明法话公正》 赵宏 / 伟（…中级法 / 院）). */
const MAX_ENTRY_LINES = 3;
/** A roundup's headline this wide stands whole on its line (鹿城法苑短讯); a shorter one is a wrapped tail (闻速递). */
const WHOLE_ROUNDUP_HEAD_WIDTH = 5;
const NARROW_HEAD_REASON = '大字标题按窄栏宽折行，下一行接续';
const HEADLINE_PAIR_REASON = '两行短句均无标点，合为一个双行标题';
const HEAD_QUOTE_REASON = '标题的引号未闭合，下一行接续';
const EDITOR_NAME_REASON = '编辑署名跨行，下一行为姓名';
/** A photographer's name that wrapped off its caption: `崔翼 摄`, `摄`. */
const CAPTION_TAIL = /^([\u4e00-\u9fff]{2,6}\s*)?摄$|^[（(][\u4e00-\u9fff]{2,6}(\s+[\u4e00-\u9fff]{2,6})*\s*摄[)）]$/u;
/** A photographer's bracket closing on a line of its own, the caption broken inside it: `摄）`, `晓东 摄）`. */
const PHOTOGRAPHER_BRACKET_CLOSE = /^([\u4e00-\u9fff]{1,6}\s*)?摄[)）]$/u;
/** A label and a phone number, e-mail or address code, perhaps after the contact's name: `举报电话：0470-0000000`, `联系人：赵法官 联系电话：0479-8221234`. */
const CONTACT_LINE = /^([\u4e00-\u9fff]{2,4}[:：][\u4e00-\u9fff]{1,6}\s+)?[\u4e00-\u9fff]{0,8}(电话|热线|邮箱|传真|网址|邮编)\s*[:：]\s*[\w\-－.@（）()/ ]+$/u;

export interface BreakContext {
  lines: readonly LineFeatures[];
  /** Position of the first line of running text: masthead lines only stand above it. */
  firstRunningText: number;
  columnWidths: ReadonlyArray<number | null>;
  doubleSpaced: ReadonlyArray<number | null>;
  usesIndents: boolean;
  /** How much shorter than the column a head must be on this page (see `headlineSlackOf`). */
  headlineSlack: number;
  /** Cells a paragraph's first line stops short of the column where the extraction dropped its indent (2), else 0. */
  droppedIndent: number;
  /** MuPDF wrote each paragraph's first line as a block of its own, its indent dropped (see `firstLinesApartOf`). */
  firstLinesApart: boolean;
  /** The extractor wrote blank lines between its text blocks (MuPDF), not between paragraphs: lines with none between are one block. */
  blockBlankLines?: boolean;
  /** Columns an extractor set side by side were taken apart (plain pdftotext): a line's neighbour may be another column's. */
  columnsRead?: boolean;
}

/**
 * Heads must be shorter than the first lines of the page's paragraphs. Where first lines fill the
 * column, a head only needs to fall a little short; where the extraction dropped the first-line
 * indent, first lines are already a few cells short, and a head must be shorter still.
 */
function headlineSlackOf(lines: readonly LineFeatures[], columnWidths: ReadonlyArray<number | null>): number {
  const deficits: number[] = [];
  const spreads: number[] = [];
  for (let position = 1; position + 1 < lines.length; position++) {
    const line = lines[position];
    const next = lines[position + 1];
    const column = columnWidths[position];
    // How ragged the column edge is: lines inside paragraphs that ran on to the next line.
    if (column !== null && !line.gapBefore && !lines[position - 1].endsSentence && !line.endsSentence && !next.gapBefore && !next.indented) {
      spreads.push(Math.abs(column - line.width - line.indentWidth));
    }
    // First lines for sure: after a finished paragraph and a blank line, or indented.
    const opensParagraph = (line.gapBefore && lines[position - 1].endsSentence) || line.indented;
    if (column === null || !opensParagraph || line.headlineShaped || line.endsSentence || next.gapBefore || next.indented) continue;
    deficits.push(column - line.width - line.indentWidth);
  }
  if (deficits.length < 3 || spreads.length < 3) return HEADLINE_SLACK;
  const quantile = (values: number[], share: number) => values.sort((a, b) => a - b)[Math.ceil((values.length - 1) * share)];
  const margin = Math.max(MIN_HEADLINE_SLACK, 2 * quantile(spreads, 0.5) + 0.5);
  // The upper quartile: a head must be shorter than nearly every first line, not just the typical one.
  return Math.min(HEADLINE_SLACK, Math.max(MIN_HEADLINE_SLACK, quantile(deficits, 0.75) + margin));
}

/**
 * MuPDF starts a text block at each indented first line and ends it there, so the first line of a
 * paragraph stands between blank lines, two cells short of the column (its indent dropped), and the
 * rest of the paragraph runs on below. Where first lines are set that way more often than they run
 * on from a full line, a line that falls exactly the indent short is a first line, not a head.
 */
function firstLinesApartOf(lines: readonly LineFeatures[], columnWidths: ReadonlyArray<number | null>): boolean {
  let apart = 0;
  let runOn = 0;
  for (let position = 1; position + 1 < lines.length; position++) {
    const line = lines[position];
    const column = columnWidths[position];
    if (column === null || !line.gapBefore || !lines[position - 1].endsSentence || line.endsSentence || line.indented) continue;
    const deficit = column - line.width - line.indentWidth;
    if (Math.abs(deficit - INDENT_CELLS) <= 0.5 && lines[position + 1].gapBefore) apart++;
    else if (deficit <= 1 && !lines[position + 1].gapBefore) runOn++;
  }
  return apart >= MIN_OPENERS && apart > runOn;
}

/** Openers measured before a page's first lines are taken to have lost their indent. */
const MIN_OPENERS = 3;
/** A first-line indent is two full-width spaces. */
const INDENT_CELLS = 2;

/**
 * Whether the page's paragraphs open two cells short of the column: the extraction dropped the
 * two-space first-line indent. Measured on lines that surely open a paragraph — after a sentence
 * that ended short of the column or before a blank line — and run on to the next line.
 */
function droppedIndentOf(lines: readonly LineFeatures[], columnWidths: ReadonlyArray<number | null>): number {
  const deficits: number[] = [];
  for (let position = 1; position + 1 < lines.length; position++) {
    const line = lines[position];
    const previous = lines[position - 1];
    const next = lines[position + 1];
    const column = columnWidths[position];
    if (column === null || line.indented || line.headlineShaped || line.endsSentence || isStructural(line) || next.gapBefore || next.indented) continue;
    if (!previous.endsSentence || isStructural(previous) || (!line.gapBefore && previous.width + previous.indentWidth > column - 3)) continue;
    deficits.push(column - line.width - line.indentWidth);
  }
  if (deficits.length < MIN_OPENERS) return 0;
  const median = deficits.sort((a, b) => a - b)[Math.floor(deficits.length / 2)];
  return Math.abs(median - INDENT_CELLS) <= 0.5 ? INDENT_CELLS : 0;
}

export function buildBreakContext(lines: readonly LineFeatures[]): BreakContext {
  const indented = lines.filter((line) => line.indented).length;
  const columnWidths = estimateColumnWidths(lines);
  // Running text is wide, or, in a narrow column, punctuated inside.
  const firstRunning = lines.findIndex((line) => !line.headlineShaped && !line.pageFurniture && !line.byline && (line.width > 16 || /[，、；。]/u.test(line.content.slice(0, -1))));
  return {
    lines,
    firstRunningText: firstRunning < 0 ? lines.length : firstRunning,
    columnWidths,
    doubleSpaced: findDoubleSpacedRuns(lines),
    usesIndents: indented >= 2 && indented >= lines.length * 0.05,
    headlineSlack: headlineSlackOf(lines, columnWidths),
    droppedIndent: droppedIndentOf(lines, columnWidths),
    firstLinesApart: firstLinesApartOf(lines, columnWidths),
  };
}

/** A list's label: words with no pause, perhaps a count in brackets (全盟法院先进集体（8个）). */
const LIST_LABEL = /^[\u4e00-\u9fff“][^，。；：、！？,;:!?]*$/u;

/**
 * Names with their units in brackets, three at least, the list closing on a bracket: 张某（某法院）、李某（某法院）、王某（某法院）;
 * or one entry of a list set one to a line, whole (《法槌与书香》 杨振宇（呼和浩特铁路运输中级法院））.
 */
const NAMED_LIST_END = /([\u4e00-\u9fff·]{2,8}[（(][^（）()]{2,30}[）)]、){2,}[\u4e00-\u9fff·]{2,8}[（(][^（）()]{2,30}[）)]$/u;

/** The unit holds no sentence and closes on such a list. */
function endsNamedList(text: string): boolean {
  return !/[。！？]/u.test(text) && (NAMED_LIST_END.test(text) || isWholeEntry(text));
}

/** A line in bold from end to end (markdown's `**…**`). */
const WHOLE_BOLD = /^\*\*[^*]+\*\*$/u;

/** A list's label that counts its entries (全盟法院先进个人（12名）): it heads the list under it. */
const COUNTED_LIST_LABEL = /^[\u4e00-\u9fff“”]{2,20}[（(]\d{1,3}[个名人件项家篇][）)]$/u;

/** The widest phrase of a two-part headline that does not fill its column. */
const LONG_HEADLINE_PART_WIDTH = 14;

/** A line that stands alone as a head: shaped like one and, in a set column, clearly short. */
export function isHeadlineLine(line: LineFeatures, columnWidth: number | null, slack = HEADLINE_SLACK): boolean {
  if (line.markdownLevel > 0) return true;
  if (!line.headlineShaped) return false;
  if (columnWidth === null || line.width + line.indentWidth <= columnWidth - slack) return true;
  return (line.numberedHeading || line.phraseSpaced) && line.width + line.indentWidth < columnWidth - FULL_LINE_SLACK;
}

/** The line filled its column (满栏); with no column known, no line is full. */
function isFull(line: LineFeatures, columnWidth: number | null): boolean {
  return columnWidth !== null && line.width + line.indentWidth >= columnWidth - FULL_LINE_SLACK;
}

/** A line that is only the photographer (`摄`, `张鹏 摄`, `（贺晓东 摄）`, or a bracket's close `摄）`): it closes its caption. */
function closesCaption(line: LineFeatures): boolean {
  return CAPTION_TAIL.test(line.content) || PHOTOGRAPHER_BRACKET_CLOSE.test(line.content.trim());
}

function isStructural(line: LineFeatures): boolean {
  return line.byline || line.credit || line.caption || closesCaption(line) || line.pageFurniture || line.markdownLevel > 0;
}

function decision(before: LineFeatures, after: LineFeatures, choice: BreakChoice, confidence: number, reason: string): BreakDecision {
  return { id: after.index, before: before.index, after: after.index, kind: after.gapBefore ? 'gap' : 'wrap', decision: choice, confidence, reason };
}

/** The text of the unit's lines from `unitStart` up to (not including) `position`, each trimmed, joined (read only where a rule needs it). */
function unitTextUpTo(context: BreakContext, unitStart: number, position: number): string {
  let text = '';
  for (let index = unitStart; index < position; index++) text += context.lines[index].content.trim();
  return text;
}

/** A court's name standing in a run of head lines as wide as it (a head wrapped at a narrow measure), not alone. */
function inHeadRun(name: LineFeatures, other: LineFeatures): boolean {
  return other.width === name.width && name.width >= MIN_RUN_WIDTH && other.headlineShaped && !other.mastheadLike && !other.pageFurniture;
}

/** A line that heads an item of a list: a head's part, a counted label, or a short unclosed item head. */
function itemHead(after: LineFeatures, countedLabel: boolean, announced: boolean): boolean {
  return isHeadPart(after) || countedLabel || (!after.endsSentence && after.width <= MAX_HEADLINE_WIDTH && (ITEM_HEAD_LINE.test(after.content.trim()) || (announced && LIST_LABEL.test(after.content.trim()))));
}

export function decideBreak(context: BreakContext, position: number, unitStart = position - 1, previousReason = ''): BreakDecision {
  const before = context.lines[position - 1];
  const after = context.lines[position];
  const kind = after.gapBefore ? 'gap' : 'wrap';
  const doubleSpacedWidth = context.doubleSpaced[position];
  const effectiveKind = kind === 'gap' && doubleSpacedWidth !== null ? 'wrap' : kind;
  const localWidth = doubleSpacedWidth ?? context.columnWidths[position - 1];
  // A line wider than the column around it was not set in that column (a pull quote, a table).
  // Only a mark may hang past the column edge, so a wider line ending in a character is not in it.
  const hangs = FORBIDDEN_LINE_START.includes(before.content.slice(-1));
  const columnWidth = localWidth !== null && before.width + before.indentWidth > localWidth + (hangs ? 2 : 1.25) ? null : localWidth;
  // A double-spaced run is set apart from the rest of the page; the page's head measure does not hold there.
  const headlineSlack = doubleSpacedWidth !== null ? HEADLINE_SLACK : context.headlineSlack;

  if (after.startsForbidden && !isStructural(after)) return decision(before, after, 'join', 0.95, '下一行以不能居行首的标点开头');
  // A line never ends inside a court's name (乌兰察布市集宁区人民 / 法院, …人民法 / 院党组): the name goes on, and where
  // the carried line holds only the name's end, the name ended the unit (10.赵亚楠 乌兰察布市卓资县人民 / 法院).
  if (cutInsideCourtName(before, after)) return decision(before, after, 'join', 0.85, COURT_NAME_CUT_REASON);
  if (previousReason === COURT_NAME_CUT_REASON && before.width <= COURT_WORD.length && !after.startsForbidden) return decision(before, after, 'split', 0.8, '单位名称已完整');
  // A work's title in 《》 opened and not closed (5.《赵某某与孙某某离 / 婚纠纷案民事判决书》): the line broke inside it.
  // (Across a blank line the next column may be another article's: there the line under it must close the title.)
  if ((effectiveKind === 'wrap' || /^[^《]*》/u.test(after.content)) && unclosedTitleMark(context, unitStart, position) && !after.listItem && !isStructural(after)) return decision(before, after, 'join', 0.85, '书名号未闭合，下一行接续');
  // A bracket the line left open (联系电话：0472-8725316（工作日上午8时30分至12时，下午2时30 / 分至5时30分）) closes in the
  // line under it, which opens on no bracket of its own: one item, whatever the line above looked like.
  if (/[（(][^）)]*$/u.test(before.content.trim()) && /^[^（()]{1,30}[)）]/u.test(after.content.trim()) && !after.startsForbidden && !CAPTION_TAIL.test(after.content)) return decision(before, after, 'join', 0.8, '括号未闭合，下一行接续');
  // A question and a phrase set apart by a space (微信聊天记录能当借款证据吗？ 卓资县法院法官答疑) are a whole head: the text
  // under it, no head's tail, starts apart, blank line or not.
  if (unitStart === position - 1 && isQuestionThenPhrase(before) && !isFull(before, columnWidth) && !after.headlineShaped && !after.startsForbidden) return decision(before, after, 'split', 0.75, '上一行为问句加短语的标题');
  // The masthead's date and its weekday are one item, set on one line or two (2025年3月21日 / 星期五), a blank line
  // between or not: before any rule that reads the weekday as the band's next item.
  if (PAGE_DATE.test(before.content.trim()) && WEEKDAY.test(after.content.trim())) return decision(before, after, 'join', 0.8, '报头日期与星期为同一项');
  if (PARTICLE_START.test(after.content) && !isStructural(before) && !before.endsSentence && !closesCredit(context, unitStart, position)) return decision(before, after, 'join', 0.85, '下一行以助词（的、了、着）开头，句子未完');
  if (CAPTION_TAIL.test(after.content) && !/摄$/u.test(before.content)) return decision(before, after, 'join', 0.85, '下一行为图片说明末尾的摄影者');
  // …and its bracket's close, where the caption broke inside the bracket (…（贺晓东 / 摄）).
  if (PHOTOGRAPHER_BRACKET_CLOSE.test(after.content.trim()) && /[（(][^（）()]{0,16}$/u.test(before.content.trim())) return decision(before, after, 'join', 0.85, '下一行为图片说明末尾的摄影者');
  if (EDITORIAL_LABEL.test(before.content) && /^[\u4e00-\u9fff]{2,4}$/u.test(after.content)) return decision(before, after, 'join', 0.85, EDITOR_NAME_REASON);
  if (previousReason === EDITOR_NAME_REASON) return decision(before, after, 'split', 0.85, '编辑署名已完整');
  // Courts named whole, one to a line (呼和浩特市中级人民法院 / 赤峰市中级人民法院): a list's entries or a joint signature,
  // never one head's two phrases.
  if (COURT_NAME.test(before.content.trim()) && COURT_NAME.test(after.content.trim()) && !before.hasInnerSpace && !after.hasInnerSpace && !after.startsForbidden) {
    return decision(before, after, 'split', 0.75, '上下两行各为完整的法院名称（名单或联合落款），分列');
  }
  // A notice's headline wrapped over three or four short lines of a narrow column (关于公布违反 / “三个规定” /
  // 问题举报渠道 / 的公告) runs on until its genre's word, and ends there.
  const notice = wrappedNoticeHeadline(context, unitStart, position);
  if (notice === 'runs on') return decision(before, after, 'join', 0.75, '公告标题折行未完，下一行接续');
  if (notice === 'ended') return decision(before, after, 'split', 0.75, '上一行为公告、通知等的标题');
  // A headline of large type wrapped every few characters in a narrow column, over what proves it a headline.
  if (narrowHeadRunJoins(context.lines).has(after)) return decision(before, after, 'join', 0.75, NARROW_HEAD_REASON);
  if (previousReason === NARROW_HEAD_REASON) return decision(before, after, 'split', 0.75, '大字标题已完整');
  // An official document's title whose genre's last character the measure carried alone across a blank line
  // (…关于诉讼服务中心搬迁的公 / 告): the character ends the title.
  if (genreEndCarried(context, unitStart, position)) return decision(before, after, 'join', 0.75, GENRE_END_REASON);
  if (previousReason === GENRE_END_REASON && !after.startsForbidden) return decision(before, after, 'split', 0.75, '上一行为公告、通知等的标题');
  // (A head wrapped at a narrow measure runs on while its lines are as wide as the two above: 蜂成片死亡 / 阿荣旗法院 / 判令农场赔.)
  const runGoesOn = position >= 2 && after.headlineShaped && after.width === before.width && context.lines[position - 2].width === before.width && before.width >= MIN_RUN_WIDTH && !after.gapBefore;
  // (Nor is a two-line head complete that left a quotation open which the next line closes: 煤矿工人讨薪 / 有了“快车 / 道” 伊金霍洛.)
  if (previousReason === HEADLINE_PAIR_REASON && closesQuoteLeftOpen(context, unitStart, position)) return decision(before, after, 'join', 0.75, HEAD_QUOTE_REASON);
  if (previousReason === HEADLINE_PAIR_REASON && !runGoesOn) return decision(before, after, 'split', 0.8, '双行标题已完整');
  if ((previousReason === HEAD_TAIL_REASON || previousReason === DOUBLED_TAIL_REASON) && !after.startsForbidden) return decision(before, after, 'split', 0.8, '标题连同折下的末尾已完整');
  // Once a cut proves the headline set at a narrow measure, its next lines at that measure go on with it
  // (父母离异后孩 / 子跟谁？ 法院 / 听取八岁孩子 / 意见), until a field, a mark or a wider line of text.
  if ((previousReason === CUT_WORD_TAIL_REASON || previousReason === HEAD_MEASURE_REASON) && !after.startsForbidden) {
    // (So does a tail that closes the head's question on its particle, 买卖合同有 / 效吗: no name ends on one.)
    return cutWordTail(context, position, true) || QUESTION_PARTICLE_TAIL.test(after.content.trim()) ? decision(before, after, 'join', 0.7, CUT_WORD_TAIL_REASON) : decision(before, after, 'split', 0.75, '标题连同折下的词尾已完整');
  }
  if (previousReason === ATTRIBUTION_REASON && !after.startsForbidden && !before.endsOpen && !fullLineOf(context, position, before, after)) return decision(before, after, 'split', 0.8, '引语出处到此结束');
  const first = context.lines[unitStart];
  if (/^[（(]/u.test(first.content) && /[)）]$/u.test(before.content) && position - unitStart <= 3) return decision(before, after, 'split', 0.85, '括号内的供稿署名到此结束');
  // A bracketed credit cut off inside its last word (（作者单位：通辽市中级人民法 / 院）), across a blank line or not: the
  // few characters that close its bracket end it.
  if (/^[（(]/u.test(first.content) && position - unitStart <= 2 && /^[^（()）]{1,8}[)）]$/u.test(after.content.trim()) && bracketsLeftOpen(context.lines.slice(unitStart, position)) && !after.startsForbidden) {
    return decision(before, after, 'join', 0.85, '括号内的署名折行，下一行以右括号结束');
  }
  const afterNext = context.lines[position + 1];
  const attributionRunsOn = afterNext !== undefined && !afterNext.gapBefore && !afterNext.indented && fullLineOf(context, position + 1, after, afterNext);
  // A question headline over a subtitle (…怎样走出新路子？ / ——访…院长巴特尔) is no quotation over its source.
  // (Nor one over a dashed line with the byline right under it, 供暖不达标，取暖费能不能少交？ / ——法官解答… / 本报记者…:
  // a pull quote's source is not signed again.)
  const questionOverSubtitle = isQuestionHead(before) && !/[”」]$/u.test(before.content) && (PORTRAIT_SUBTITLE.test(after.content) || (afterNext !== undefined && signsAbove(afterNext)));
  if (after.attribution && before.endsSentence && !before.headlineShaped && !attributionRunsOn && !questionOverSubtitle) return decision(before, after, 'join', 0.7, ATTRIBUTION_REASON);
  // A contact's label left at a line's end (联系电话： / 0477-0000000) goes on with its number below.
  if (CONTACT_LABEL_END.test(before.content.trim()) && /^[\d（(+]/u.test(after.content.trim())) return decision(before, after, 'join', 0.85, '联系方式的标签在行末，下一行为号码');
  // A measure's denominator wrapped to the next line (168.5毫克 / /100 毫升) goes on: no line opens on a slash.
  if (/^\/\s*[\d\p{Script=Han}]/u.test(after.content.trim()) && !before.endsSentence) return decision(before, after, 'join', 0.85, '下一行以斜杠开头（计量单位折行），接续');
  // A telephone number broken at its hyphen (联系电话：0475― / 8231067) goes on in the next line.
  if (/\d\s*[-‐–—―]$/u.test(before.content) && /^\d/u.test(after.content)) return decision(before, after, 'join', 0.9, '电话号码在连字符处折行，下一行接续');
  // A credit wrapped over two lines (（作者系某某区人民法 / 院法官）) stands apart from the sentence that ended the text.
  const wrappedCreditBelow = before.endsSentence && afterNext !== undefined && /^[（(]/u.test(after.content.trim()) && !/[)）]/u.test(after.content) && isCredit(after.content.trim() + afterNext.content.trim());
  if (wrappedCreditBelow) return decision(before, after, 'split', 0.85, '下一行为折行的供稿署名');
  // A roundup signs each item at its end (…化解纠纷274件。（王丽））: where an item ran to its column's
  // edge, its signature wrapped onto a line of its own and still closes that item, not the roundup.
  if (effectiveKind === 'wrap' && ITEM_SIGNATURE.test(after.content.trim()) && before.endsSentence && isFull(before, columnWidth) && signsItemsInline(context)) {
    return decision(before, after, 'join', 0.7, '简讯各条末尾署名，本条写满一行后署名折到下一行');
  }
  // Courts set one after another on a line of their own, spaces between (an award's units), end at the line, full or not.
  if (unitStart === position - 1 && SPACED_COURT_LIST.test(before.content.trim()) && !after.startsForbidden && !/^等/u.test(after.content.trim())) return decision(before, after, 'split', 0.75, '上一行为法院名单，到此结束');
  // A list's entry wrapped at a narrow measure (《一本卷宗的分量》 王建军 / （海拉尔铁路运输法院）), across MuPDF's blank line
  // or not: the unit in brackets is the named person's, no closing credit. Whole, the entry ends at its bracket.
  // (An entry takes three lines at most: a paragraph's lines are not read again at every break.)
  const entrySoFar = position - unitStart <= MAX_ENTRY_LINES ? unitTextUpTo(context, unitStart, position) : '';
  if (entrySoFar !== '' && entryRunsOn(entrySoFar, after.content)) return decision(before, after, 'join', 0.8, '名单条目折行：姓名与其单位接续');
  // (A whole entry fills the column where it is the page's longest line: over another whole entry it ends all the same.)
  if ((!isFull(before, columnWidth) || isWholeEntry(after.content.trim())) && isWholeEntry(entrySoFar) && /^[《\p{Script=Han}]/u.test(after.content.trim()) && !after.startsForbidden) return decision(before, after, 'split', 0.75, '上一行为完整的名单条目');
  // A list left on its enumeration comma (…韩秀英（库伦旗人民法院）、 / 苏日古嘎（…人民法院）) goes on with its next entry, a name
  // and its unit, however much that entry looks like a signature. (A labelled byline stays one: 本报通讯员 … under a column's
  // last line that a 、 left open.)
  if (after.byline && NAME_WITH_UNIT.test(after.content.trim()) && /、$/u.test(before.content.trim())) return decision(before, after, 'join', 0.8, '上一行以顿号结束，名单接续');
  if (after.dateline || after.byline || after.subtitleDash || after.pageFurniture || after.credit || after.markdownLevel > 0) {
    return decision(before, after, 'split', 0.9, after.credit ? '下一行为供稿署名' : after.dateline ? '下一行以电头开始' : after.subtitleDash ? '下一行为副题' : after.byline ? '下一行为署名' : after.markdownLevel > 0 ? '下一行为标记的标题' : '下一行为版面信息');
  }
  // A case's section head in 【】 alone on its line (【案情简介】) opens its section: nothing above runs on
  // into it, and it runs on into nothing (a run-in head shares its line with the text).
  if (CASE_SECTION_HEAD.test(after.content.trim()) && !before.endsOpen) return decision(before, after, 'split', 0.85, '下一行为【】小标题');
  // …and so does one named without brackets, alone on its line (案情简介, 法官说法).
  if (CASE_SECTION_LABEL.test(after.content.replace(/[*#]/gu, '').trim()) && !before.endsOpen && !after.startsForbidden) return decision(before, after, 'split', 0.8, '下一行为案例的小标题');
  if (CASE_SECTION_HEAD.test(before.content.trim()) && !after.startsForbidden) return decision(before, after, 'split', 0.85, '上一行为【】小标题');
  // Across a blank line, a colon that announces what follows (…如下：, 他说：) ends its paragraph where the next opens on a
  // quotation, a head or a list item: a column that broke right after the colon is far rarer.
  if (effectiveKind === 'gap' && /[：:]$/u.test(before.content.trim()) && (/^[“「]/u.test(after.content) || /如下[：:]$/u.test(before.content.trim()) || after.headlineShaped) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.75, '上一行以冒号结束，空行后另起一段');
  }
  // A colon announces a list or the cases that follow; across a blank line, the first item opens its own line (案例一, （一）活动时间, 1.…).
  if (effectiveKind === 'gap' && /[：:]$/u.test(before.content.trim()) && (after.listItem || after.numberedHeading || /^案例[一二三四五六七八九十\d]/u.test(after.content)) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.8, '上一行以冒号引出列表，空行后为第一项');
  }
  // The writers' court and their names (阿拉善左旗人民法院 斯日古楞) are a byline on a line of its own:
  // running text never sets names apart by spaces, so nothing runs on into or out of it, however wide
  // the headline above it is.
  // …unless it reached its column's edge: a name, or the last of the names, wrapped under it (…赵丽娜 / 王志刚, …萨仁 胡 / 雪).
  if (COURT_SIGNATURE.test(before.content) && SIGNATURE_NAME_TAIL.test(after.content.trim()) && columnWidth !== null && before.width + before.indentWidth >= columnWidth - 1 && (afterNext === undefined || afterNext.dateline || afterNext.indented || !/^[\u4e00-\u9fff]{1,4}$/u.test(afterNext.content.trim()))) {
    return decision(before, after, 'join', 0.7, '署名排满一栏，下一行为折下的作者姓名');
  }
  if (COURT_SIGNATURE.test(before.content) && !after.startsForbidden && !itemRunsOn(context, before, after)) return decision(before, after, 'split', 0.85, '上一行为署名（法院与作者姓名）');
  // (In a list's item, a court and names under its wrapped line end the item: 刑事判决书》 额尔古纳市 / 人民法院 宝音.)
  const inListItem = context.lines[unitStart].listItem && !before.endsSentence && effectiveKind === 'wrap';
  if (COURT_SIGNATURE.test(after.content) && !before.endsOpen && !inListItem && !(afterNext && itemRunsOn(context, after, afterNext))) return decision(before, after, 'split', 0.85, '下一行为署名（法院与作者姓名）');
  // Bare names set apart by spaces (高鹏 其其格) under a head, with the text or a blank line after them, are its
  // byline: a headline's wrapped words do not fall into names of two or three characters.
  if (BARE_NAMES.test(after.content) && after.hasInnerSpace && before.headlineShaped && !before.endsOpen && !inListItem && (!afterNext || afterNext.gapBefore || afterNext.indented || afterNext.dateline)) {
    return decision(before, after, 'split', 0.8, '下一行为署名（作者姓名）');
  }
  // (A headline of two phrases already stands above: the band has ended, and a court's name there heads an item,
  // 春耕时节 法官走进田间地头 / 开鲁县法院 / 巡回审判护春耕.)
  const headlineAbove = position >= 2 && context.lines[position - 2].phraseSpaced && !context.lines[position - 2].mastheadLike && !context.lines[position - 2].pageFurniture;
  const aboveText = position <= context.firstRunningText && !(headlineAbove && before.mastheadLike && COURT_NAME.test(before.content.trim()) && after.headlineShaped && !after.mastheadLike);
  // (Not a court's name inside a head wrapped at a narrow measure, every line as wide: 椴树花期蜜 / 蜂成片死亡 / 阿荣旗法院 / 判令农场赔.)
  if (aboveText && ((after.mastheadLike && !isFull(after, columnWidth) && !inHeadRun(after, before)) || (before.mastheadLike && !isFull(before, columnWidth) && !inHeadRun(before, after)))) return decision(before, after, 'split', 0.8, '报头或机构名称单独成行');
  // 单位 + 主题 headlines (土左旗法院 巡回审判车开进“草原深处”) break after the name of the court,
  // which stands short; a paragraph that opens with a court's name fills its first line.
  // (Not where the line under the name fills the column and runs on into text: the court is a roundup's item head, 正蓝旗法院 /
  // 围绕元上都遗址保护开展环境 / 资源审判，…, and its text starts under it.)
  // (Nor where the name is indented and the line under it is not: a head's two lines are set alike, and the indented
  // name is a list's last entry over the next headline, (indented) 海拉尔铁路运输法院 / 包头市九原区人民法院关于…的公告.)
  // (Nor under another court named alone: the courts are a list's, one to a line, and the head under them its own.)
  // (Nor around an award's grade: the court under it is the list's entry, 团体一等奖 / 集宁区人民法院 / 团体二等奖.)
  const courtInList = position >= 2 && (COURT_NAME.test(context.lines[position - 2].content.trim()) || AWARD_GRADE.test(context.lines[position - 2].content.trim()) || AWARD_GRADE.test(after.content.trim()));
  if (COURT_NAME.test(before.content) && unitStart === position - 1 && effectiveKind === 'wrap' && !isFull(before, columnWidth) && !(before.indented && !after.indented) && !courtInList && after.headlineShaped && !after.numberedHeading && !after.hasInnerSpace && !PAGE_DATE.test(after.content) && !runsOnAsText(after, afterNext, columnWidth)) {
    return decision(before, after, 'join', 0.7, HEADLINE_PAIR_REASON);
  }
  if (after.phraseSpaced && !before.endsOpen && (columnWidth === null || before.endsSentence)) return decision(before, after, 'split', 0.8, '下一行为标题（两个短语以空格分开）');
  const opening = context.lines[unitStart];
  // A ▲ caption runs on until its photographer (…摄) or a sentence end closes it.
  // (So does one that opens on 图为, the picture's own words.)
  if (/^([▲△]|图为)/u.test(opening.content.trim()) && effectiveKind === 'wrap' && !/摄(影)?$/u.test(before.content) && !before.endsSentence && (isFull(before, columnWidth) || after.caption || /^图为/u.test(opening.content.trim())) && !after.indented) {
    return decision(before, after, 'join', 0.75, '图片说明未完，下一行接续');
  }
  // A subtitle wider than its column wraps; its short tail (…执行工 / 作纪实) still belongs to it.
  if (opening.subtitleDash && effectiveKind === 'wrap' && subtitleRunsOn(before, after, columnWidth)) return decision(before, after, 'join', 0.7, '副题未完，下一行为其末尾');
  // MuPDF may end a block inside a subtitle: a short line closing on the genre's word (会治理纪实,
  // 院智慧法院建设走笔) is the subtitle's end across the blank line, when the line above has not closed it.
  if (opening.subtitleDash && effectiveKind === 'gap' && subtitleTailAcrossGap(before, after)) return decision(before, after, 'join', 0.7, '副题未完，下一行以文体词结束，为其末尾');
  // A dashed subtitle wrapped at a narrow measure (——访包头市中级人民法院党组书 / 记、院长) goes on until the
  // byline under it: its lines hold no sentence's marks.
  if (dashedSubtitleRunsOn(context, unitStart, position)) return decision(before, after, 'join', 0.7, '副题折行，下一行接续，其下为署名');
  if (opening.subtitleDash && (effectiveKind === 'gap' || !isFull(before, columnWidth))) return decision(before, after, 'split', 0.8, '上一行为副题');
  if (after.numberedHeading && after.gapBefore && !before.endsOpen) return decision(before, after, 'split', 0.8, '下一行为带序号的小标题');
  // A list set item by item: each item opens its own line after the colon that announces the list
  // or the semicolon that closes the item before. A run-in list (…除外：（一）…；（二）…) breaks
  // only at the column edge, so the line before it is full.
  // (An item on a line of its own under another, 2.申请执行网上立案； / 3.诉前调解申请。, is one whatever measure the
  // short lines of a list seem to set.)
  // (Across a blank line, the next item opens under the semicolon that closed one, whatever the line's width: a narrow column
  // leaves too little room to tell a full line from a short one. Not in a list run in: …；2. 支部每月…；)
  const runIn = /[；;]\s*(\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[)）])/u.test(before.content);
  // (So does an item counted in words, 二是…, across a blank line: 一是…； / 二是在拉僧庙镇…)
  const ordinalItem = kind === 'gap' && ORDINAL_ITEM.test(after.content);
  // (…and under an item that closed on no mark, its court and names after it, across a blank line: 1.《…判决书》 额尔古纳市人民法院 张某.)
  const itemUnderItem = kind === 'gap' && after.listItem && context.lines[unitStart].listItem && !before.endsOpen;
  if (((after.listItem || ordinalItem) && /[：:；;]$/u.test(before.content) && (!isFull(before, columnWidth) || before.listItem || (kind === 'gap' && !runIn)) || itemUnderItem) && !after.startsForbidden) return decision(before, after, 'split', 0.8, '下一行为列表的一项');
  // A salutation (王某某、李某某： / 各位当事人：) stands on a line of its own above the letter or
  // notice it addresses; a line that stops short of the column cannot have wrapped.
  // (Its addressees may wrap at a narrow measure: 各旗县市区人民法院，本院 / 各部门：.)
  // (A court's name and colon over a head's short lines and its byline is the head's lead, 满洲里法院： / 一起中俄木材 /
  // 买卖纠纷22天 / 审结 / 本报记者 高娃: no salutation stands over a byline.)
  const courtLead = courtLeadOverHead(context, unitStart, position);
  if (position - unitStart <= 2 && isSalutation(context.lines.slice(unitStart, position)) && !isFull(before, columnWidth) && !after.startsForbidden && !courtLead) return decision(before, after, 'split', 0.75, '上一行为单独成行的称呼');
  if (courtLead) return decision(before, after, 'join', 0.7, '上一行为标题开头的法院名称与冒号，下一行接续');
  // A notice's closing formula (特此公告。) stands as a paragraph of its own.
  if (/^特此(公告|通告|通知|函告|说明|声明)/u.test(after.content.trim()) && !before.endsOpen) return decision(before, after, 'split', 0.85, '下一行为公告的结束语');
  // A contact line (举报电话：0470-0000000) ends with its number: nothing runs on from it.
  if (CONTACT_LINE.test(before.content) && !isFull(before, columnWidth)) return decision(before, after, 'split', 0.8, '上一行为联系电话等，到此结束');
  // A signature's date alone on its line (2025年7月1日, 二〇二五年八月十二日) under the issuing body's name:
  // neither runs on into it, and nothing runs on from it. Running text reaches a date alone on a line
  // only from a full line above it.
  const signatureAbove = context.lines[position - 2];
  if (isDateAlone(after.content) && !isFull(before, columnWidth) && !before.endsOpen && !before.endsSentence && !after.startsForbidden) return decision(before, after, 'split', 0.8, '下一行为落款日期');
  if (isDateAlone(before.content) && signatureAbove !== undefined && !isFull(signatureAbove, columnWidth) && !signatureAbove.endsOpen && !after.startsForbidden) return decision(before, after, 'split', 0.8, '上一行为落款日期，到此结束');
  if (CASE_NUMBER.test(before.content)) return decision(before, after, 'split', 0.85, '上一行为单独成行的案号');
  if (before.attribution && !isFull(before, columnWidth)) return decision(before, after, 'split', 0.85, '上一行为引语出处');
  // Entries set one after another under the same label (案号：… 原告：… 开庭时间：… / 案号：…): the label opens the
  // next entry, whatever the one above ended on; running text does not wrap onto a label its paragraph opened with.
  if (position - unitStart >= 1 && sameLabelOpens(context.lines[unitStart], after) && !after.startsForbidden) return decision(before, after, 'split', 0.8, '下一行以与本段开头相同的标签开始，另起一条');
  // An address that reached its column's edge (地址：通辽市科尔沁区霍 / 林河大街西段科尔沁区人民法院) goes on below.
  if (/^(联系)?地址\s*[:：]/u.test(before.content.trim()) && isFull(before, columnWidth) && !before.endsSentence && !before.endsOpen && !/^[\u4e00-\u9fff]{2,6}\s*[:：]/u.test(after.content.trim()) && !after.pageFurniture) {
    return decision(before, after, 'join', 0.8, '地址排满一行，下一行接续');
  }
  // A byline's last name cut by the measure (本报记者 王海燕 通讯员 张国 / 栋): one or two characters alone under it, over the
  // dateline or the text, are the name's end.
  // (The name's part above is one or two characters and the whole no longer than four: …刘志强 / 当心 is a head's tail.)
  const namePartAbove = /[ \u3000](\p{Script=Han}{1,2})$/u.exec(before.content.trim());
  if (before.byline && namePartAbove !== null && /^\p{Script=Han}{1,2}$/u.test(after.content.trim()) && namePartAbove[1].length + after.content.trim().length <= 4 && !after.pageFurniture && (afterNext === undefined || afterNext.dateline || !afterNext.headlineShaped)) return decision(before, after, 'join', 0.8, '署名中的姓名折行，下一行接续');
  if (isStructural(before)) return decision(before, after, 'split', 0.9, before.caption || closesCaption(before) ? '上一行为图片说明' : before.byline ? '上一行为署名' : '上一行为版面信息或标题');
  if (after.caption && captionTailOf(context, unitStart, position)) return decision(before, after, 'join', 0.7, '图片说明跨行，下一行以摄影者结束');
  if (after.caption) return decision(before, after, 'split', 0.85, '下一行为图片说明');
  // An award's grade alone on its line (二等奖) heads the part of the list under it: no item runs on into it, nor it into an item.
  // (Under the colon that announces the list, 现将获奖名单公布如下： / 一等奖, too.)
  if ((AWARD_GRADE.test(after.content.trim()) || AWARD_GRADE.test(before.content.trim())) && (!before.endsOpen || /[：:]$/u.test(before.content.trim())) && !after.startsForbidden) return decision(before, after, 'split', 0.8, '奖项等级单独成行');
  // A case's numbered label (案例二：…) after a finished sentence opens the case's head: no paragraph runs on into it.
  if (before.endsSentence && CASE_LABEL_START.test(after.content.trim())) return decision(before, after, 'split', 0.8, '下一行以案例序号开头，为案例标题');
  if (after.indented && context.usesIndents) return decision(before, after, 'split', 0.9, '下一行首行缩进，另起一段');

  // A short unpunctuated line with blank lines on both sides, after a finished sentence, stands alone.
  const previous = context.lines[position - 2];
  const standsAlone = effectiveKind === 'gap' && before.headlineShaped && (!previous || (before.gapBefore && (previous.endsSentence || previous.headlineShaped || isStructural(previous))));
  // The tail of a wrapped paragraph is short too; a head never continues a line that ran on.
  // (A contact line or a date alone ends with its number: nothing continues it.)
  const closedByNumber = previous !== undefined && !isFull(previous, columnWidth) && (CONTACT_LINE.test(previous.content) || isDateAlone(previous.content));
  const continuesPrevious = previous !== undefined && !before.gapBefore && !previous.endsSentence && (isFull(previous, columnWidth) || !previous.headlineShaped) && !isStructural(previous) && !closedByNumber;
  const afterOutside = columnWidth !== null && after.width + after.indentWidth > columnWidth + (FORBIDDEN_LINE_START.includes(after.content.slice(-1)) ? 2 : 1.25);
  // A numbered paragraph's first line that lost its indent falls exactly the indent short of the full line under it
  // (6.对暂时经营困难但有发展 / 前景的企业，积极引导当事人达): the item runs on, whatever column the short line seems to set.
  if ((before.listItem || before.numberedHeading) && unitStart === position - 1 && numberedOpenerShort(before, after, afterNext)) return decision(before, after, 'join', 0.7, '带序号的段落首行比下一行正好短两字（段首缩进被丢掉），下一行接续');
  if (before.headlineShaped && afterOutside && !after.startsForbidden) return decision(before, after, 'split', 0.7, '上一行为短标题，下一行超出栏宽');
  // A full line whose next line opens with one character and a pause (企 / 业、社区…) broke inside a
  // word at a column's foot: it is a paragraph's first line, not a head.
  const wordBrokenAtFoot = effectiveKind === 'gap' && isFull(before, columnWidth) && /^[\u4e00-\u9fff][、，]/u.test(after.content) && !after.numberedHeading;
  // …and that character ends its paragraph: a head set below does not go on from it.
  const sentenceTail = unitStart < position - 1 && before.width <= 1 && previous !== undefined && !previous.headlineShaped && isFull(previous, columnWidth);
  if (sentenceTail && kind === 'gap' && after.headlineShaped && !after.startsForbidden) return decision(before, after, 'split', 0.7, '上一行为句子折下的末字，段落到此结束');
  // An item's source in brackets after its last sentence closes the item across a blank line, MuPDF's too, which are
  // read as wraps (观摩庭审。（科右前旗法 / 院） / 呼和浩特市新城区): its tail is no head's first phrase.
  // (The unit's last lines are enough: a source wraps over two at most, a head is read from two.)
  const unitTail = kind === 'gap' ? unitTextUpTo(context, Math.max(unitStart, position - 3), position) : '';
  if (kind === 'gap' && !after.startsForbidden && SOURCE_AFTER_SENTENCE.test(unitTail)) return decision(before, after, 'split', 0.75, '上一行以句末标点后括号内的来源结束，段落到此结束');
  // …and where the next item follows with no blank line (…320余万元。（二连浩特 / 法院供稿） / 阿尔山：…): nothing of a paragraph follows its source.
  if (kind === 'wrap' && !after.startsForbidden && /[）)]$/u.test(before.content.trim()) && SOURCE_AFTER_SENTENCE.test(unitTextUpTo(context, Math.max(unitStart, position - 3), position))) return decision(before, after, 'split', 0.75, '上一行以句末标点后括号内的来源结束，段落到此结束');
  // (One character is no head: it is the tail of a line that wrapped, 海南区人民法 / 院.)
  const beforeHead = !wordBrokenAtFoot && !/^[\u4e00-\u9fff]$/u.test(before.content.trim()) && (standsAlone || (!continuesPrevious && isHeadlineLine(before, columnWidth, headlineSlack)));
  // An official notice's headline wrapped before its genre (关于调整夏季工作时间及诉讼服务事项的 / 公告): the genre ends it.
  if (position - unitStart <= 2 && after.width <= 4 && !before.endsSentence && !before.endsOpen && OFFICIAL_DOCUMENT_TITLE.test(unitTextUpTo(context, unitStart, position + 1))) {
    return decision(before, after, 'join', 0.8, '公告标题在文种前折行，下一行为文种');
  }
  // Two phrases of a head set line under line, a byline, subtitle or dateline right under them:
  // one headline, whatever each phrase looks like (父母离异后孩子跟谁？ / 法院听取八岁孩子意见).
  // A subtitle set without its dash runs longer than a second phrase, or names whom it portrays (记… / 访…).
  const secondPhrase = secondPhraseWide(after, before.content);
  // (Not where an extractor writes a blank line after every line: its heads wrap at the column, see headline-tails.ts.)
  // A line that a pause above ran on into (…要相信法律， / 依法维权) ends a sentence, however short: no head's phrase.
  const endsOpenSentence = unitStart < position - 1 && previous !== undefined && previous.endsOpen;
  if (effectiveKind === 'wrap' && !context.blockBlankLines && !continuesPrevious && !endsOpenSentence && afterNext !== undefined && provesHeadAbove(afterNext) && isHeadPhrase(before) && isHeadPhrase(after) && secondPhrase) {
    return decision(before, after, 'join', 0.7, HEADLINE_PAIR_REASON);
  }
  // A quotation mark left open runs on: neither a head nor its first part ends inside quotes.
  if (beforeHead && unclosedQuote(before.content) && effectiveKind === 'wrap' && !after.startsForbidden) return decision(before, after, 'join', 0.7, '上一行引号未闭合，下一行接续');
  // A phrase of a headline is never one character: a line ending on one after a space (让数据多跑路 让 /
  // 群众少跑腿) broke at its column, inside the second phrase.
  if (beforeHead && effectiveKind === 'wrap' && before.hasInnerSpace && /\s[\u4e00-\u9fff]$/u.test(before.content.trim()) && after.headlineShaped && !after.hasInnerSpace && !after.startsForbidden) {
    return decision(before, after, 'join', 0.7, '标题行末的短语只有一个字，下一行接续');
  }
  // A head that reaches its column's edge (专业审判 让每一起案件都有 / 回音, 巴林右旗法院：环境资源巡回 /
  // 法庭挂牌) wrapped there: the few characters under it end its words, they are not a byline.
  if (beforeHead && wrappedHeadTail(before, after, columnWidth)) return decision(before, after, 'join', 0.7, HEAD_TAIL_REASON);
  // A line that opens on one character and a pause (间，该院… under 每 年 金 秋 胡 杨 节 期) takes up a word the line above was
  // cut inside: no sentence opens so, however much the line above looks like a head. (Not a speaker's 我，…, nor 一、; nor
  // where columns were taken apart, and the line under may be another column's.)
  // (Nor either rule under a field: a byline, dateline, credit or the page's furniture. Asked only once the line under qualifies.)
  const openWordsAbove = () => !before.endsSentence && !before.byline && !before.dateline && !before.credit && !before.pageFurniture && /\p{Script=Han}$/u.test(before.content.trim());
  if (!context.columnsRead && /^[\u4e00-\u9fff](?<![我你他她它这那])[，；：。]/u.test(after.content.trim()) && !before.endsOpen && openWordsAbove()) return decision(before, after, 'join', 0.85, '下一行以一字加标点开头，为上一行折下的词尾');
  // A question's last word or two alone with its mark (…玉米地 谁来 / 赔？) end the line above that left its words open: no head,
  // no byline and no paragraph stands on them.
  if (isShortQuestionTail(after) && !before.mastheadLike && openWordsAbove()) return decision(before, after, 'join', 0.85, HEAD_TAIL_REASON);
  // …and one that asks its question in a few words carried under it, whatever the column (承包沙地种苁蓉 合同无效 / 谁担责): no
  // byline and no section asks.
  if (beforeHead && !before.endsSentence && !before.endsOpen && after.width <= HEAD_TAIL_WIDTH && /^\p{Script=Han}{2,5}[？?]?$/u.test(after.content.trim()) && ASKS_WORDS.test(after.content)) return decision(before, after, 'join', 0.7, HEAD_TAIL_REASON);
  // A head wrapped inside a doubled character (货款为何迟 / 迟不结): the short line goes on with the word the wrap cut;
  // a byline does not open on the character the head ended with.
  if (beforeHead && after.width <= 4 && !after.hasInnerSpace && /^\p{Script=Han}$/u.test(lastCharacter(before.content)) && lastCharacter(before.content) === firstCharacter(after.content) && (afterNext === undefined || afterNext.gapBefore || !isHeadPart(afterNext))) {
    return decision(before, after, 'join', 0.7, DOUBLED_TAIL_REASON);
  }
  // A head that already holds its two phrases, over a shorter head-shaped line and then a case's first bracketed section
  // (烧荒引燃草原林地 被告人担刑 / 责补植复绿 / 【基本案情】): the line is the head's words going on, not a section's own head,
  // which would stand under text, not straight over the case's first section.
  // (A name's length alone there, or a court's name, is the head's byline: 网购“三无”食品 能否主张十倍赔偿 / 赵晓宁.)
  if (beforeHead && before.phraseSpaced && (after.headlineShaped || isBarePhrase(after)) && !after.hasInnerSpace && after.width < before.width && !/^[\u4e00-\u9fff]{2,4}$/u.test(after.content.trim()) && !COURT_NAME.test(after.content.trim()) && afterNext !== undefined && BRACKETED_SECTION_HEAD.test(afterNext.content.trim()) && !after.startsForbidden) {
    return decision(before, after, 'join', 0.7, HEAD_TAIL_REASON);
  }
  // A head's last character wrapped to a line of its own (14岁女孩偷卖金手镯 买卖合同有效 / 吗), nothing under it but a blank
  // line or a head: no head is one character, so it ends the head above.
  if (beforeHead && /^[\u4e00-\u9fff][？！?!]?$/u.test(after.content.trim()) && (afterNext === undefined || afterNext.gapBefore || afterNext.headlineShaped) && !before.endsSentence) {
    return decision(before, after, 'join', 0.7, HEAD_TAIL_REASON);
  }
  // A roundup's item headed by its place (二连浩特：口岸企业“绿色通道”) over its text, which opens on that place's court
  // (二连浩特市人民法院对…): the head is complete however wide, and the item's text begins under it. Read before any rule
  // that takes the two for a head's phrases.
  // (Wrapped at a narrow measure too, 开鲁：流动调解点驻守 / 收购点: its lines together are the head.)
  if (effectiveKind === 'wrap' && position - unitStart <= 2 && placeItemOverItsText(unitTextUpTo(context, unitStart, position), after)) return decision(before, after, 'split', 0.7, '上一行为以地名开头的条目标题，下一行为条目正文');
  // A headline set in large type wraps wherever its measure falls, mid-word (让庭审直播成 / 为常态, 网围栏越界二十米
  // 调解员现 / 场量清了): where the two characters the wrap parted are a pair the page writes elsewhere inside
  // a line, the short line under the head is its words going on.
  if (beforeHead && cutWordTail(context, position)) return decision(before, after, 'join', 0.7, CUT_WORD_TAIL_REASON);
  // A head's line that stops on a preposition with its object or a verb of going (法官为您 / 解答, 法官走进 / 田间地头)
  // stops inside its phrase: the short line under it is the phrase's end, not a writer's name.
  if (beforeHead && OPEN_HEAD_END.test(before.content.trim()) && after.headlineShaped && !after.hasInnerSpace && after.width <= HEAD_TAIL_WIDTH && !after.byline && !after.dateline && !after.startsForbidden) return decision(before, after, 'join', 0.7, OPEN_HEAD_END_REASON);
  // A document's headline wrapped before its genre's word (抵制高价彩礼 倡树 / 婚育新风倡议书) over the salutation
  // that opens its text: the short line naming the genre is the head's end, not a section's head.
  if (beforeHead && after.headlineShaped && !after.hasInnerSpace && after.width <= HEADLINE_PART_WIDTH && NOTICE_HEADLINE.test(after.content.trim()) && afterNext !== undefined && isSalutation([afterNext]) && !after.startsForbidden) {
    return decision(before, after, 'join', 0.7, '标题在文种词前折行，下一行接续（其下为称呼）');
  }
  // Three lines of one width in one block, no mark in them (⾃治区⾼院出 / 台意⻅ 推进⼈ / ⺠法庭提质增): a headline of
  // large type wrapped at its measure, whatever words the wraps cut. Two phrases set line under line differ in length.
  if (beforeHead && unitStart === position - 1 && kind === 'wrap' && headMeasureRun(before, after, afterNext)) return decision(before, after, 'join', 0.7, HEAD_MEASURE_REASON);
  // MuPDF writes a paragraph's first line as a block of its own and drops its indent: that line falls
  // exactly the indent short of the column (“草原法官”们还经常走 in 13 cells), and the next fills it.
  if (beforeHead && context.firstLinesApart && firstLineWithoutIndent(before, after, columnWidth)) return decision(before, after, 'join', 0.7, '上一行比栏宽正好短两字（段首缩进被提取工具丢掉），为段落首行，下一行接续');
  // Lines MuPDF wrote with no blank line between are one block: a head's line that already holds its
  // two phrases goes on in the shorter line under it (网购“三无”食品 能否主张 / 十倍赔偿).
  if (beforeHead && context.blockBlankLines && kind === 'wrap' && before.hasInnerSpace && after.headlineShaped && !after.hasInnerSpace && !after.numberedHeading && !/^【/u.test(after.content) && after.width < before.width) {
    return decision(before, after, 'join', 0.7, '标题同一块内折行（提取工具块内无空行），下一行接续');
  }
  // A list's item wrapped inside its court's name (6.李晓东 鄂尔多斯市中 / 级人民法院): the court's tail goes on with it.
  if (beforeHead && effectiveKind === 'wrap' && (before.listItem || before.numberedHeading) && before.hasInnerSpace && /^[\u4e00-\u9fff]{1,12}(人民法院|法院|法庭)$/u.test(after.content.trim()) && after.width < before.width) {
    return decision(before, after, 'join', 0.75, '列表项在单位名称中折行，下一行接续');
  }
  if (beforeHead) {
    // …and such a first line under a head is the text's start, not the head's second line.
    // (Measured against its own column: the head above may be as wide as the column, or set in none.)
    if (afterNext && context.firstLinesApart && firstLineWithoutIndent(after, afterNext, context.columnWidths[position] ?? columnWidth)) return decision(before, after, 'split', 0.75, '下一行比栏宽正好短两字（段首缩进被提取工具丢掉），为段落首行');
    // A line standing under a head exactly the indent short of its column, over a full line of running text, is the
    // paragraph's first line with its indent dropped (满洲里市人民法院针对口岸 / 进出口贸易企业多、货物周转快), whatever
    // its words: a head's second line does not run on into a full line of text.
    if (unitStart === position - 1 && underHead(context, position - 1) && indentShortOpener(before, after, columnWidth)) return decision(before, after, 'join', 0.7, '上一行比栏宽正好短两字（段首缩进被丢掉），为段落首行，下一行接续');
    // The second part of a two-line head only has to fall short of the column: a paragraph's
    // first line under a head fills it.
    // Across a blank line, the second part of a head stands alone too; a paragraph's first line runs on.
    // (So does one over the head's dashed subtitle or its byline where lines are paragraphs: 沙海边的法庭 / 一守就是十五年 / ——…纪实.)
    const afterStandsAlone = !afterNext || afterNext.gapBefore || afterNext.indented || isStructural(afterNext) || (columnWidth === null && (afterNext.subtitleDash || afterNext.byline));
    // A short phrase with no mark at all, standing alone under a head, is its second part whatever
    // its words (网围栏越界二十米 / 调解员现场量清了): a paragraph's tail there would follow running text.
    const bareShortPhrase = afterStandsAlone && isBarePhrase(after) && !after.indented && !after.pageFurniture && !PAGE_DATE.test(after.content) && !before.mastheadLike;
    const afterHead = isHeadlineLine(after, columnWidth, headlineSlack) || (after.headlineShaped && columnWidth !== null && after.width + after.indentWidth <= columnWidth - 1) || bareShortPhrase;
    // A name of two or three characters under a longer head is its byline, not its second phrase (锡林郭勒盟法院综述 / 刘洋).
    // …or under a head already set over two lines (网购“三无”食品 能否主张 / 十倍赔偿 / 赵晓宁).
    // Four characters are a name too (苏日古嘎, 萨仁图雅) under a head much longer than they are, or
    // across a blank line, where a head's phrases are not set apart.
    // …or across a blank line under a head already set over lines whose last fell short of the first: the head
    // ended there (让庭审直播成 / 为常态 / 苏日古嘎).
    const headEndedShort = unitStart < position - 1 && before.width < context.lines[unitStart].width;
    const fourUnder = /^[\u4e00-\u9fff]{4}$/u.test(after.content) && (before.width >= after.width + 5 || (effectiveKind === 'gap' && (before.width > after.width + 2 || headEndedShort)));
    const nameUnder = fourUnder || (/^[\u4e00-\u9fff]{2,3}$/u.test(after.content) && (before.width > after.width + 2 || (unitStart < position - 1 && context.lines[position - 2].width > after.width + 2)));
    // A case's section head in 【】 stands alone: it is no head's second phrase, nor its first; nor is one unbracketed
    // (基本案情 / 扎赉特旗某村村民韩某: the case's text follows it).
    const bracketedHead = /^【/u.test(after.content) || /^【[^【】]+】$/u.test(before.content) || CASE_SECTION_LABEL.test(before.content.replace(/[*#]/gu, '').trim());
    // A phrase a little longer than most (“4·15”全民国家安全教育日) still is one where it falls short of its column.
    const partWide = (line: LineFeatures) => line.width <= HEADLINE_PART_WIDTH || (line.width <= LONG_HEADLINE_PART_WIDTH && !isFull(line, columnWidth));
    const pairShaped = !before.hasInnerSpace && !after.hasInnerSpace && partWide(before) && partWide(after) && !after.numberedHeading && !nameUnder && !bracketedHead;
    // A headline may close on a question or an exclamation (拆了吊牌 / 还能退货吗？); a byline,
    // subtitle or dateline right below proves the pair a headline.
    // (So does a case's first section right below, bracketed or not: 好心捎带同村人出了车祸 / 司机要担责吗？ / 【案情】.)
    const provenQuestion = isQuestionHead(after) && afterNext !== undefined && (afterNext.byline || afterNext.subtitleDash || afterNext.dateline || BRACKETED_SECTION_HEAD.test(afterNext.content.trim()) || CASE_SECTION_LABEL.test(afterNext.content.replace(/[*#]/gu, '').trim()));
    // (A court named alone over it is a list's last entry where courts stand one to a line above, or where the question
    // holds its two phrases already: 阿拉善右旗人民法院 / 合伙买下收割机 散伙后怎么分？.)
    const courtEntryAbove = COURT_NAME.test(before.content.trim()) && (courtInList || after.hasInnerSpace);
    // (The first phrase may follow its column's name and colon, 法官说法：自驾穿越沙地陷车 / 救援费该谁出？: the phrase is what follows.)
    if (provenQuestion && !before.hasInnerSpace && displayWidth(before.content.trim().replace(LEAD_COLON, '')) <= HEADLINE_PART_WIDTH && !courtEntryAbove) return decision(before, after, 'join', 0.7, HEADLINE_PAIR_REASON);
    // A roundup's headline closes on its genre's word (岭南法院动态): the head under it is its first item's.
    // (A line that fills the column and runs on into the text below is that text's first line, whatever the short line above it.)
    // (…nor is a roundup's whole headline a second phrase, under the band's section name: 以案说法 / 鹿城法苑短讯.)
    const wholeRoundupHead = ROUNDUP_HEADLINE.test(after.content.trim()) && after.width >= WHOLE_ROUNDUP_HEAD_WIDTH;
    // (…nor is the last of courts named one to a line a head's first phrase: 赤峰市中级人民法院 / 通辽市中级人民法院 / 那达慕上的“普法蒙古包”.)
    const lastListedCourt = COURT_NAME.test(before.content.trim()) && courtInList;
    if (afterHead && pairShaped && !endsOpenSentence && !ROUNDUP_HEADLINE.test(before.content) && !wholeRoundupHead && !lastListedCourt && (effectiveKind === 'wrap' || afterStandsAlone) && !runsOnAsText(after, afterNext, columnWidth)) {
      return decision(before, after, 'join', 0.7, HEADLINE_PAIR_REASON);
    }
    // A numbered head's second phrase may fill a narrow column; the blank line after it shows it is no paragraph.
    if (before.numberedHeading && effectiveKind === 'wrap' && after.headlineShaped && pairShaped && afterNext?.gapBefore && !fullLineOf(context, position + 1, after, afterNext)) {
      return decision(before, after, 'join', 0.65, HEADLINE_PAIR_REASON);
    }
    // A roundup's headline wrapped before its genre's word (土默川上法苑 / 速递) goes on: the word names the roundup.
    if (!ROUNDUP_HEADLINE.test(before.content.trim()) && ROUNDUP_HEADLINE.test(`${before.content.trim()}${after.content.trim()}`) && after.width <= ROUNDUP_TAIL_WIDTH && !after.hasInnerSpace) return decision(before, after, 'join', 0.7, '合集标题在栏宽处折行，末尾的栏目名接续');
    // A head that left a quotation open goes on into the line that closes it (林下蓝莓被“抢 / 采” 牙克石法院判).
    if (closesQuoteLeftOpen(context, unitStart, position)) return decision(before, after, 'join', 0.7, HEAD_QUOTE_REASON);
    return decision(before, after, 'split', 0.8, '上一行为标题（短行、无标点）');
  }
  // Where paragraphs open indented, a short flush line that ends no sentence, between a finished sentence (or an
  // item's source in brackets) and an indented paragraph, is a head (二连浩特：口岸企业“绿色通道”): a paragraph's
  // last line would not stand over an indent without its stop.
  // (Under a lead-in that announces what follows, 名单如下：, a list's label stands so too: 全盟法院先进集体（8个）.)
  // (…and one that counts its list's entries, whatever ends above it: 全盟法院先进个人（12名）.)
  const announced = /(如下|名单|下列)[：:]$/u.test(before.content.trim());
  const countedLabel = COUNTED_LIST_LABEL.test(after.content.trim());
  if (effectiveKind === 'wrap' && context.usesIndents && (before.endsSentence || /[）)]$/u.test(before.content) || announced || countedLabel) && !after.indented && afterNext !== undefined && afterNext.indented && !afterNext.gapBefore && !isFull(after, columnWidth) && !after.startsForbidden && itemHead(after, countedLabel, announced)) {
    return decision(before, after, 'split', 0.7, '下一行为缩进段落之上顶格的小标题');
  }
  // Where each line is a paragraph (no column measure, a line longer than any column), a paragraph that closes on a
  // colon or a quotation's end ends there (…第一千二百三十四条规定： / “违反国家规定…”): what follows is its own paragraph.
  if (effectiveKind === 'wrap' && columnWidth === null && before.width > UNWRAPPED_LINE_WIDTH && !before.hasInnerSpace && /[：:”’]$/u.test(before.content) && !after.startsForbidden && !PARTICLE_START.test(after.content)) {
    return decision(before, after, 'split', 0.7, '未折行版面：上一行以冒号或引号结束的整段，下一行另起一段');
  }
  // …and so does one that closes on no mark at all (案号：（2025）内0102民初5318号 原告：… 被告：…, a list's item with its court
  // and names): nothing wraps there, so the line is the whole paragraph.
  if (effectiveKind === 'wrap' && columnWidth === null && before.width > UNWRAPPED_LINE_WIDTH && !before.endsOpen && !before.endsSentence && !after.startsForbidden && !PARTICLE_START.test(after.content)) {
    return decision(before, after, 'split', 0.65, '未折行版面：上一行为不以标点结束的整段，下一行另起一段');
  }
  // …and so does a list's item under another (一是…； / 二是…, 1.《…》 法院 姓名 / 2.…), whether it closes on its
  // semicolon or on no mark: set one to a line, the items are paragraphs of their own. (Run into its paragraph,
  // the list would be one line with it, not broken here.)
  if (effectiveKind === 'wrap' && columnWidth === null && (/[；;]$/u.test(before.content) || !before.endsOpen) && opensListItem(after) && opensListItem(before)) {
    return decision(before, after, 'split', 0.7, '未折行版面：上一行为列举项，下一行为下一项');
  }
  if (before.endsOpen) return decision(before, after, 'join', 0.9, '上一行以逗号、顿号等句中标点结束');
  if (before.endsSentence) {
    if (effectiveKind === 'wrap' && columnWidth !== null && context.droppedIndent) {
      // Where first lines lost their indent, a line exactly that much short of the column opens a
      // paragraph (a last line is that long only by chance), and a first line of that length was full.
      const deficit = (line: LineFeatures) => columnWidth - line.width - line.indentWidth;
      const opensParagraph = (line: LineFeatures) => Math.abs(deficit(line) - context.droppedIndent) <= 0.5;
      // A continuation line fills the column; only a paragraph's last line may fall short.
      const afterRunsOn = !after.endsSentence && afterNext !== undefined && !afterNext.gapBefore;
      if (opensParagraph(after) && !after.headlineShaped && (afterRunsOn || deficit(before) < context.droppedIndent)) return decision(before, after, 'split', 0.7, '下一行短两字（首行缩进未抽出），另起一段');
      if (unitStart === position - 1 && opensParagraph(before) && !isHeadlineLine(after, columnWidth, headlineSlack)) return decision(before, after, 'join', 0.6, '上一行为段首行（首行缩进未抽出）且排满，段落未必结束');
    }
    const afterBeyondColumn = columnWidth !== null && after.width + after.indentWidth > columnWidth + (FORBIDDEN_LINE_START.includes(after.content.slice(-1)) ? 2 : 1.25);
    // MuPDF writes a block of its own for a headline, blank lines around it: an official document's title wrapped in
    // one block (锡林浩特市人民法院关于调整诉 / 讼服务中心对外办公时间的公告) under a closed sentence opens the notice.
    if (after.gapBefore && officialTitleBlockAt(context, position)) return decision(before, after, 'split', 0.75, '下一行起为公告、通知等的标题');
    // An interview's turn opens with its speaker (记者： / 李晓峰：), a label the page uses again and again:
    // a sentence that ends a full line there ends the turn before it.
    if (speakerTurnOpens(context, after)) return decision(before, after, 'split', 0.75, '下一行以访谈中的说话人开头，另起一段');
    // (Not after an item's source in brackets, …欺凌知识。（正蓝旗法院）: the item ends with it.)
    if (effectiveKind === 'wrap' && columnWidth !== null && before.width + before.indentWidth >= columnWidth - sentenceEndSlack(columnWidth) && !isHeadlineLine(after, columnWidth, headlineSlack) && !afterBeyondColumn && !SOURCE_AFTER_SENTENCE.test(before.content.trim())) {
      return decision(before, after, 'join', 0.65, '上一行满栏，虽以句末标点结束，段落未必结束');
    }
    return decision(before, after, 'split', effectiveKind === 'gap' ? 0.9 : 0.8, effectiveKind === 'gap' ? '空行前以句末标点结束' : '上一行未满栏且以句末标点结束');
  }
  // A case's head broken across a blank line (案例一：未签书面劳动合同应支付 / 二倍工资): the short markless line under it,
  // no case's head of its own, is the rest of its name.
  // (Not under a head that closed on the case's name, …非法捕捞案, nor a line that runs on into the one under it: text.)
  const tailAlone = afterNext === undefined || afterNext.gapBefore;
  if (effectiveKind === 'gap' && after.headlineShaped && tailAlone && !/^【/u.test(after.content) && !/案$/u.test(before.content.trim()) && after.width < before.width && !isCaseHead([after]) && position - unitStart <= 2 && isCaseHead([...context.lines.slice(unitStart, position), after])) {
    return decision(before, after, 'join', 0.7, '案例标题跨空行折行，下一行为其末尾');
  }
  // A head's line that stops inside its phrase (…这三类纠纷要) goes on into the short line under it over the byline
  // that proves the head, whatever words the line held (a demonstrative reads as a sentence's).
  if (OPEN_HEAD_END.test(before.content.trim()) && !before.endsSentence && !before.endsOpen && after.headlineShaped && !after.hasInnerSpace && after.width <= HEAD_TAIL_WIDTH && afterNext !== undefined && (afterNext.byline || afterNext.dateline || afterNext.subtitleDash) && !after.startsForbidden) {
    return decision(before, after, 'join', 0.7, OPEN_HEAD_END_REASON);
  }
  // One character is no head: it is the last of a sentence that ran on (…蒙古国商人 / 说).
  if (isHeadlineLine(after, columnWidth, headlineSlack) && after.markdownLevel === 0 && effectiveKind === 'gap' && after.width <= 20 && after.width > 1 && !after.startsForbidden) {
    return decision(before, after, 'split', 0.6, '下一行为独立短标题');
  }
  // A headline stands between blank lines over the dateline that opens its article; the sentence
  // left open above it goes on in another column, never in a headline.
  if (effectiveKind === 'gap' && after.headlineShaped && !after.dateline && afterNext?.gapBefore && afterNext.dateline) {
    return decision(before, after, 'split', 0.7, '下一行为电头之上的标题');
  }
  // Likewise over a byline: the byline proves the head above it (one or two lines).
  const signedBelow = afterNext !== undefined && !afterNext.gapBefore && (afterNext.byline || (afterNext.headlineShaped && context.lines[position + 2]?.byline === true && !context.lines[position + 2].gapBefore));
  // (Not where the line above is a head's first line alone in its block, its measure cutting a word: 法官说法：铁路沿线这三类行 /
  // 为要担责 / 本报通讯员 刘畅.)
  const headCutAbove = unitStart === position - 1 && before.width <= MAX_HEADLINE_WIDTH && !before.endsSentence && !before.endsOpen && !after.byline && pairAcross(context, before, after);
  if (effectiveKind === 'gap' && after.headlineShaped && !after.dateline && signedBelow && !headCutAbove) return decision(before, after, 'split', 0.7, '下一行为署名之上的标题');
  // Where blank lines part every line or the extractor's blocks (MuPDF), a head over its byline still opens an
  // article after a short line that closed its text, one blank line or several away.
  const signedAcrossBlocks = afterNext !== undefined && (afterNext.byline || (afterNext.headlineShaped && !afterNext.hasInnerSpace && context.lines[position + 2]?.byline === true));
  if (kind === 'gap' && doubleSpacedWidth !== null && after.headlineShaped && !after.dateline && !before.endsOpen && !isFull(before, columnWidth) && signedAcrossBlocks && !headCutAbove) return decision(before, after, 'split', 0.7, '下一行为署名之上的标题');
  // A notice's headline, on one line or two, set apart from what closed above it (关于公布违反“三个规定”问 /
  // 题举报渠道的公告): its genre ends it, and the notice's text begins across the blank line. A sentence
  // that mentions a notice (现将有关事项公告 / 如下：) has a pause before it.
  if (kind === 'gap' && !after.startsForbidden && noticeHeadlineAbove(context, unitStart, position)) return decision(before, after, 'split', 0.7, '上一行为公告、通知等的标题');
  // A head of two phrases over the writers' names and the dateline (党员先锋岗 亮在立案窗口 / 李婷 赵志强 /
  // 巴彦淖尔讯 …) opens an article, even under a last line that lost its full stop.
  const namesThenDateline = afterNext !== undefined && WRITERS_NAMES.test(afterNext.content.trim()) && context.lines[position + 2]?.dateline === true;
  if (kind === 'gap' && after.headlineShaped && after.hasInnerSpace && !after.dateline && !before.endsOpen && namesThenDateline) return decision(before, after, 'split', 0.7, '下一行为署名和电头之上的标题');
  // Writers' names alone across a blank line, under a line that stands apart from what is above it
  // and reaches its column (庭审不用跑县城 手机上就能“面对面” / 高鹏 其其格): a headline and its byline.
  // Running text never wraps into a line of names set apart by spaces.
  if (kind === 'gap' && unitStart === position - 1 && !before.endsOpen && WRITERS_NAMES.test(after.content.trim()) && after.width < before.width / 2 && (afterNext === undefined || afterNext.gapBefore || afterNext.dateline)) {
    return decision(before, after, 'split', 0.7, '下一行为标题下单独成行的作者姓名');
  }
  // A question headline broken at its pause (供暖不达标，取暖费 / 能不能少交？) over its dashed subtitle or byline, first
  // after a closed article: one headline. Running text does not end a sentence on a question over a subtitle.
  const opensAfterClosed = unitStart === position - 1 && (position < 2 || isStructural(context.lines[position - 2]) || context.lines[position - 2].endsSentence);
  if (opensAfterClosed && !before.endsOpen && !before.endsSentence && before.width <= HEADLINE_PART_WIDTH && isQuestionHead(after) && after.width <= HEADLINE_PART_WIDTH && afterNext !== undefined && (afterNext.subtitleDash || afterNext.byline) && !after.startsForbidden) {
    return decision(before, after, 'join', 0.7, '问句标题在停顿后折行，下一行为问句的末尾（其下为副题或署名）');
  }
  // A head set over two lines with a byline right under it (父母离异后孩子跟谁？ 法院 / 听取八岁孩子意见 /
  // 回民区人民法院 马晓云) opens an article, even under a full last line that lost its full stop:
  // running text does not break into two markless lines over a byline.
  const headUnder = context.lines[position + 2];
  if (kind === 'gap' && !after.startsForbidden && !before.endsOpen && !isHeadPart(before) && isHeadPart(after) && after.width >= HEAD_FIRST_LINE_MIN_WIDTH && afterNext !== undefined && isHeadPart(afterNext) && headUnder !== undefined && provesHeadAbove(headUnder)) {
    return decision(before, after, 'split', 0.7, '下一行起为署名之上的两行标题');
  }
  // With no blank line either, a head over the dateline that opens its article stands on its own line
  // under a line that stopped short of any column: that sentence ended its article without a stop.
  if (effectiveKind === 'wrap' && after.headlineShaped && !after.dateline && afterNext?.dateline === true && !afterNext.gapBefore && !isFull(before, columnWidth) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.7, '下一行为电头之上的标题');
  }
  // The issuing court alone on the line over 关于…的公告 is the title's first line (呼伦贝尔市新巴尔虎左旗人民法院 /
  // 关于领取执行案款的公告), not a signature: a signature stands over its date, and text closed above it.
  if (effectiveKind === 'wrap' && unitStart === position - 1 && COURT_NAME.test(before.content.trim()) && /^关于/u.test(after.content.trim()) && OFFICIAL_DOCUMENT_TITLE.test(`${before.content.trim()}${after.content.trim()}`) && context.lines[unitStart - 1]?.endsSentence !== false) {
    return decision(before, after, 'join', 0.75, '上一行为发文法院，下一行接续公告标题');
  }
  // A notice's whole title over its salutation (各有关当事人：) ends there.
  if (effectiveKind === 'wrap' && NOTICE_HEADLINE.test(before.content.trim()) && OFFICIAL_DOCUMENT_TITLE.test(unitTextUpTo(context, unitStart, position)) && isSalutation([after]) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.75, '上一行为公告、通知等的标题');
  }
  // An official document's title (关于…的公告) on a line of its own over a paragraph opens the notice: no sentence
  // runs into it, and it closes on its genre's word.
  if (effectiveKind === 'wrap' && OFFICIAL_DOCUMENT_TITLE.test(after.content.trim()) && (afterNext === undefined || afterNext.indented || afterNext.gapBefore || columnWidth === null) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.75, '下一行为公告、通知等的标题');
  }
  // …and so does a head over its dashed subtitle (“清风课堂”开在审判楼里 / ——…侧记) where lines are paragraphs (no
  // column measure): a dash opens a subtitle, and a subtitle stands under its headline, never under running text.
  // (Unless the line above breaks off inside a word the head's first character ends, 人民法 / 院…: text running on.)
  if (effectiveKind === 'wrap' && columnWidth === null && (after.headlineShaped || isQuestionHead(after)) && !after.subtitleDash && afterNext?.subtitleDash === true && !afterNext.gapBefore && !after.startsForbidden && !pairAcross(context, before, after)) {
    return decision(before, after, 'split', 0.7, '下一行为副题之上的标题');
  }
  // Writers' names on a line of their own (白雪 孙浩) that stops short of any column: running text
  // never wraps into names set apart by spaces, so what follows, across a blank line or not, is the text they signed.
  if (WRITERS_NAMES.test(before.content.trim()) && before.hasInnerSpace && !isFull(before, columnWidth) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.7, '上一行为单独成行的作者姓名');
  }
  // Where no column measure governs the lines (one line per paragraph), a head's short line that
  // closes on no mark (案例一：非法猎捕狍子案, 二连浩特：口岸企业“绿色通道”) has not wrapped into the long line under it.
  if (effectiveKind === 'wrap' && columnWidth === null && before.width <= MAX_HEADLINE_WIDTH && !before.endsOpen && after.width > MAX_HEADLINE_WIDTH && !after.startsForbidden && !unclosedQuote(before.content)) {
    return decision(before, after, 'split', 0.7, '未折行版面：上一行为短行，下一行另起一段');
  }
  // A case's head (案例一：未签书面劳动合 / 同应支付二倍工资) wrapped in a narrow column closes on no
  // mark: across the blank line under it the case's text begins, whatever the head's last line left open.
  if (effectiveKind === 'gap' && position - unitStart <= MAX_HEAD_LINES && isCaseHead(context.lines.slice(unitStart, position))) return decision(before, after, 'split', 0.75, '上一行为案例标题的末行，空行后为案情正文');
  // A markless phrase standing alone between blank lines under a paragraph that closed (…700余件。 / 老物件是这样找回来的 /
  // “建馆最难的是找东西。”): a section head, whatever its words. A paragraph's first line cut off there by a column's
  // end would stand in a column one line tall; a word cut there (法 / 院) still runs on.
  // (Or under a caption, which closes on its photographer.)
  const closedAbove = unitStart === position - 1 && before.gapBefore && position >= 2 && (context.lines[position - 2].endsSentence || context.lines[position - 2].caption);
  // (A line under it whose first clause is one character, 业、社区…, takes up a word cut there: 深入企 / 业.)
  const wordTailBelow = /^[\u4e00-\u9fff][、，；：。]/u.test(after.content);
  // (So is a short phrase parted by one pause, 一杯奶茶，解开两家心结, short of any column: a paragraph's one line ends on its stop;
  // and a question and a phrase set apart by a space, 微信聊天记录能当借款证据吗？ 卓资县法院法官答疑.)
  const pausedHead = PAUSED_HEAD.test(before.content.trim()) && !isFull(before, columnWidth);
  if (effectiveKind === 'gap' && closedAbove && (isBareHanPhrase(before) || isQuotedSaying(before) || pausedHead || isQuestionThenPhrase(before)) && !wordTailBelow && !after.startsForbidden && !pairAcross(context, before, after)) {
    return decision(before, after, 'split', 0.65, '上一行为空行之间的独立短标题');
  }
  // A roundup's item head led by a place, wrapped (五原：给葵花收购合同做 / “体检”), is complete over the text that opens
  // on a court's name, its date or its purpose across the blank line. (An item's source closing the unit was decided above, before the head rules.)
  if (effectiveKind === 'gap' && !after.startsForbidden && position - unitStart <= 2 && placeItemOverItsText(unitTail, after)) return decision(before, after, 'split', 0.7, '上一行为以地名开头的条目标题，空行后为条目正文');
  // A head of a few lines with no mark at all (松山区法院开展“法院 / 开放日”活动) over a paragraph that opens on its date or
  // time (9月19日，…, 近日，…) across a blank line: the item's text begins there; no sentence runs on into a dated clause.
  // (Where blank lines part nearly every line (MuPDF), the head's last line stops short of the column, or the head
  // stands first under the masthead or a closed article's last field: 乌海市海南区人民法院2025年十件实事 / 今年以来，…)
  const firstUnderFields = unitStart === 0 || isStructural(context.lines[unitStart - 1]);
  if ((effectiveKind === 'gap' || (kind === 'gap' && (!isFull(before, columnWidth) || firstUnderFields))) && position - unitStart <= MAX_HEAD_LINES && context.lines.slice(unitStart, position).every((line) => !/[，。；：、,;:！？!?]/u.test(line.content)) && TIME_OPENING.test(after.content.trim())) {
    return decision(before, after, 'split', 0.7, '上一行为无标点的标题，空行后段落以时间开头');
  }
  // Across a blank line nothing above has ended the unit: it runs on (a column's or page's break) unless it is whole.
  if (effectiveKind === 'gap') {
    const unitText = unitTextUpTo(context, unitStart, position);
    const shortUnit = position - unitStart <= MAX_HEAD_LINES;
    // A list of names, each with its unit in brackets (其木格（锡林浩特市人民法院）、王志强（…）), ends without a stop: at
    // its last bracket before a blank line the list is whole, and the text under it opens a paragraph.
    // (…or courts alone, named one after another: the list of an award's units, 优秀组织奖 / …、…、…人民法院, unless 等 goes on.)
    if (!after.startsForbidden && (endsNamedList(unitText) || (shortUnit && !/^等/u.test(after.content.trim()) && COURT_LIST.test(unitText)))) return decision(before, after, 'split', 0.7, '上一行为带单位的名单，到此结束');
    // A numbered section head wrapped at a narrow measure (一、一句母语，拉近一段距 / 离) ends at the blank line under its short
    // last line: a head states no sentence, so its open end proves nothing, and a column's break falls after a full line.
    if (!after.startsForbidden && position - unitStart === 2 && context.lines[unitStart].numberedHeading && !isFull(before, columnWidth) && before.width <= SHORT_HEAD_TAIL) return decision(before, after, 'split', 0.7, '上一行为带序号的小标题折行的末尾，空行后另起一段');
    // …and so does one on a line of its own where each paragraph is a line (一、一句母语，拉近一段距离 over its text), or far short
    // of its column (一、马鹿啃了玉米地，该找谁 in a column of 36): no column cuts a paragraph there, and a numbered head states no
    // sentence. (A numbered paragraph's first line may stop a little short as an extractor spaced it: MuPDF's 四、选聘程序。本院
    // 将对报名人员进行资格审.)
    const farShort = columnWidth === null || before.width + before.indentWidth <= columnWidth * NUMBERED_HEAD_SHARE;
    if (!after.startsForbidden && farShort && position - unitStart === 1 && before.numberedHeading && !/[，、；：,;:]$/u.test(before.content.trim())) return decision(before, after, 'split', 0.7, '上一行为单独成行的带序号小标题，空行后另起一段');
    // A line set whole in bold (**草场边界，一步一步量出来**) is a head or a lead standing whole: a column's or a page's end
    // cuts a paragraph, it does not close the emphasis there.
    if (!after.startsForbidden && position - unitStart === 1 && WHOLE_BOLD.test(before.content.trim())) return decision(before, after, 'split', 0.75, '上一行为整行加粗的小标题，空行后另起一段');
    // An official document's whole title (…人民法院关于…的公告) ends at the blank line under it: no sentence ends on its genre.
    if (!after.startsForbidden && shortUnit && OFFICIAL_DOCUMENT_TITLE.test(unitText)) return decision(before, after, 'split', 0.75, '上一行为公文标题，到此结束');
    return decision(before, after, 'join', 0.8, '空行前句子未完，空行后接续（分栏或分页）');
  }
  // A block that opens on a notice's whole headline (关于公布违反“三个规定”问题举报渠道的公告), as wide as
  // the column under it: the notice's text begins on the next line.
  if (unitStart === position - 1 && before.gapBefore && before.headlineShaped && NOTICE_HEADLINE.test(before.content.trim()) && !after.headlineShaped) {
    return decision(before, after, 'split', 0.7, '上一行为公告、通知等的标题');
  }
  // …and an official document's whole title on a line of its own where no column governs (one line per paragraph):
  // 呼和浩特市中级人民法院关于表彰…的决定 is whole, and the text under it is the document's.
  if (columnWidth === null && unitStart === position - 1 && OFFICIAL_DOCUMENT_TITLE.test(before.content.trim()) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.7, '上一行为公告、通知等的标题');
  }
  // A head standing alone that fills the column (红山区法院开展党史学习教育) over a line exactly an
  // indent short of it that runs on into a full line: a paragraph whose indent the page dropped opens
  // under the head; it does not go on from it.
  if (effectiveKind === 'wrap' && columnWidth !== null && unitStart === position - 1 && before.headlineShaped && Math.abs(columnWidth - after.width - after.indentWidth - INDENT_CELLS) <= 0.5 && !after.headlineShaped && !after.endsSentence && afterNext !== undefined && !afterNext.gapBefore && isFull(afterNext, columnWidth)) {
    return decision(before, after, 'split', 0.7, '上一行为排满一栏的标题，下一行短两字（首行缩进未抽出），另起一段');
  }
  // A head of two phrases that fills the column (拒不履行判决 “老赖”被判刑) over a byline or its court alone on a
  // line (四子王旗人民法院): running text sets no space between phrases, and no sentence runs on into a court's bare name.
  // (…or a question set so, 孩子在校园受伤 学校要担责吗, over the writers' names.)
  const signsBelow = signsAbove(after) || COURT_NAME.test(after.content.trim());
  // (Not a list's item, 1. 马海燕 呼和浩特市新 / 城区人民法院, whose court wrapped.)
  const twoPhraseHead = (before.phraseSpaced || (before.hasInnerSpace && isHeadPart(before))) && !before.listItem && !before.numberedHeading;
  if (effectiveKind === 'wrap' && unitStart === position - 1 && twoPhraseHead && signsBelow && !pairAcross(context, before, after)) return decision(before, after, 'split', 0.75, '上一行为两段式标题，下一行为署名');
  // A case's head that fills a narrow column (案例一：非法猎捕狍子案, 四、刘某滥伐林木案) over the case's text: a case's
  // name ends its head; the text opens under it (unless the line broke inside a word the page writes whole).
  // (A second phrase of the head under it, “自愿放弃社保” / 承诺无效, holds no pause: the text's first line does.)
  const caseHead = isCaseHead([before]) || (before.numberedHeading && /案$/u.test(before.content) && !/[，。；：、]/u.test(before.content));
  // (…nor does a head that closes on the case's name, 案例二：呼伦湖非法捕捞案: the text under it may open with no pause.)
  if (effectiveKind === 'wrap' && unitStart === position - 1 && caseHead && (/[，。；：、]/u.test(after.content) || /案$/u.test(before.content.trim())) && !after.startsForbidden && !PARTICLE_START.test(after.content) && !pairAcross(context, before, after)) {
    return decision(before, after, 'split', 0.7, '上一行为案例标题，下一行为案情正文');
  }
  // …and a case's head wrapped over lines (案例一：未签书面劳动合 / 同应支付二倍工资, 案例三：…滥伐林木 / 案) ends on the line that
  // stops short of the column: a line of running text that stops short ends its paragraph with a mark.
  // (Not where the line under it opens on a character and its mark, 呼伦 / 湖，…: the typesetter pushed that character down
  // with the mark no line may start with, and the line above stops short for it.)
  // (A head's wrapped tail is no wider than its first line: a wider line under it is the case's text.)
  // (…unless the line under it is the head's second phrase: short of the column, no mark in it, a blank line under it —
  // 案例一：以“分家不公”为 / 由拒绝赡养 / 三子女被判支付赡养费; a paragraph's line that stops short closes on a mark.)
  // (Where the extractor writes a blank line after every line, MuPDF, the blank line under it proves nothing.)
  const secondPhraseBelow = effectiveKind === 'wrap' && !after.gapBefore && after.headlineShaped && !/[，。；：、！？,;:!?]/u.test(after.content) && stopsShort(after, columnWidth) && (afterNext === undefined || afterNext.gapBefore) && !after.startsForbidden;
  if (effectiveKind === 'wrap' && unitStart < position - 1 && position - unitStart <= MAX_HEAD_LINES && isCaseHead(context.lines.slice(unitStart, position)) && before.width <= context.lines[unitStart].width && stopsShort(before, columnWidth) && secondPhraseBelow && !pairAcross(context, before, after)) {
    return decision(before, after, 'join', 0.65, '案例标题的第二个短语，下一行接续（其下空行后为案情正文）');
  }
  if (effectiveKind === 'wrap' && unitStart < position - 1 && position - unitStart <= MAX_HEAD_LINES && isCaseHead(context.lines.slice(unitStart, position)) && before.width <= context.lines[unitStart].width && stopsShort(before, columnWidth) && !before.endsOpen && !after.startsForbidden && !pushedDownWithMark(after)) {
    return decision(before, after, 'split', 0.7, '上一行为折行的案例标题的末行（未满栏），下一行为案情正文');
  }
  // A court's name alone on a line that stops short of the column, opening a paragraph's place (东乌珠穆沁旗法院 / 在全旗9个…):
  // a roundup's item head. A line of running text that wrapped fills its column.
  const opensAfterText = unitStart === position - 1 && position >= 2 && (before.gapBefore || context.lines[position - 2].endsSentence);
  // (A paragraph's first line stops an indent short where the extractor or the page dropped it: the name must stop shorter.)
  if (effectiveKind === 'wrap' && opensAfterText && COURT_NAME.test(before.content.trim()) && stopsShort(before, columnWidth, Math.max(context.droppedIndent, INDENT_CELLS)) && !after.startsForbidden && !pushedDownWithMark(after) && !PARTICLE_START.test(after.content)) {
    return decision(before, after, 'split', 0.7, '上一行为单独成行、未满栏的法院名称（条目标题），下一行为条目正文');
  }
  // A roundup's headline closes on its genre's word (河套法院速递): an item's head under it, led by a place or a court, is its own.
  // (The item's place and colon may run into its text: 多伦：近日，多伦县….)
  if (effectiveKind === 'wrap' && unitStart === position - 1 && ROUNDUP_HEADLINE.test(before.content.trim()) && before.width >= 4 && before.headlineShaped && (ITEM_HEAD_LINE.test(after.content.trim()) || PLACE_RUN_IN.test(after.content.trim()) || COURT_LED_HEAD.test(after.content)) && !after.startsForbidden) {
    return decision(before, after, 'split', 0.7, '上一行为以文体词结束的综合报道标题，下一行为其条目标题');
  }
  // A head of two phrases set apart by a space on a line of its own (国庆假期 法官驻守景区) does not run on into a line of text,
  // however it fills the column: running text sets no space between Han phrases. (But a roundup's item runs its court into
  // its lead after a space: 清水河县法院 今年6月 / 以来，清水河县人民法院….)
  if (effectiveKind === 'wrap' && unitStart === position - 1 && before.phraseSpaced && !before.listItem && !before.dateline && !COURT_RUN_IN.test(before.content.trim()) && /[，。；、]/u.test(after.content) && !after.startsForbidden && !PARTICLE_START.test(after.content) && !pairAcross(context, before, after)) {
    return decision(before, after, 'split', 0.7, '上一行为两段式标题，下一行为正文');
  }
  if (columnWidth !== null && before.width + before.indentWidth >= columnWidth - FULL_LINE_SLACK) return decision(before, after, 'join', 0.95, '上一行满栏且未以句末标点结束');
  // A line that opens after finished text, stops far short of its column and closes on no mark, over a line that fills
  // the column (听懂了，才算数 / 乌审旗是以…, “志愿服务也是一门必修课” / 在服务队里…): a section head, whatever its words.
  // A paragraph's first line fills its column unless the paragraph ends there, and then it ends on its stop; OCR'd
  // and extracted columns wander by an indent or so, never by a third of their width.
  if (effectiveKind === 'wrap' && opensAfterText && columnWidth !== null && before.width + before.indentWidth <= columnWidth * SECTION_HEAD_SHARE && closesOnNoMark(before) && !before.dateline && isFull(after, columnWidth) && !after.startsForbidden && !PARTICLE_START.test(after.content) && !pairAcross(context, before, after)) {
    return decision(before, after, 'split', 0.65, '上一行为接在完整段落之后、未满栏且不以标点结束的单行（小标题），下一行满栏为正文');
  }
  // Where paragraphs open indented, a head of two phrases set flush under a line that stopped short of the
  // column, over its byline or the writers' names (…前来咨询 / 孩子在校园受伤 学校要担责吗 / 王冬梅 白宇): the text
  // above ended there without its stop; running text never goes on flush in two phrases over names.
  const namesBelow = afterNext !== undefined && !afterNext.gapBefore && signsAbove(afterNext);
  if (effectiveKind === 'wrap' && context.usesIndents && !isFull(before, columnWidth) && !after.indented && after.hasInnerSpace && isHeadPart(after) && namesBelow && !after.startsForbidden) {
    return decision(before, after, 'split', 0.7, '下一行为署名之上顶格的两段式标题');
  }
  return decision(before, after, 'join', 0.75, '上一行未以句末标点结束');
}

/** A speaker's label at a line's start (记者：, 李晓峰：, 问：): two to four characters and a colon. */
const SPEAKER_LABEL = /^([\u4e00-\u9fff]{1,4})[：:](?=\S)/u;
/** Labels some lines of the page open with at least this often: an interview's speakers, not a lead-in (他说：). */
const SPEAKER_TURNS = 2;
const speakerLabelsByContext = new WeakMap<BreakContext, ReadonlySet<string>>();

function speakerTurnOpens(context: BreakContext, line: LineFeatures): boolean {
  const label = SPEAKER_LABEL.exec(line.content)?.[1];
  if (label === undefined || (label.length > 1 && LEAD_IN_END.test(`${label}：`))) return false;
  let labels = speakerLabelsByContext.get(context);
  if (labels === undefined) {
    const counts = new Map<string, number>();
    for (const candidate of context.lines) {
      const found = SPEAKER_LABEL.exec(candidate.content)?.[1];
      if (found !== undefined) counts.set(found, (counts.get(found) ?? 0) + 1);
    }
    labels = new Set([...counts].filter(([, count]) => count >= SPEAKER_TURNS).map(([found]) => found));
    speakerLabelsByContext.set(context, labels);
  }
  return labels.has(label);
}

/** Lines a notice's headline may be wrapped over at a narrow measure. */
const NOTICE_HEADLINE_LINES = 4;

/**
 * Whether the unit so far is the start of a notice's headline that opens on 关于 and reaches its genre
 * (…的公告) within four short lines: 'runs on' while the genre is still to come, 'ended' once the lines
 * above reached it, null where no such headline is being read.
 */
function wrappedNoticeHeadline(context: BreakContext, unitStart: number, position: number): 'runs on' | 'ended' | null {
  const opening = context.lines[unitStart];
  // (A court's document may open on the court's name: 霍林郭勒市人民法院关于举 / 办“法院开放日”活动的公 / 告.)
  // (Its name alone is a signature, unless 关于… goes on under it: 集宁区人民法院 / 关于诉讼服务中心….)
  // (However long the court's name before its 关于: 呼和浩特市中级人民法院关于表彰.)
  const courtLed = (COURT_LED_HEAD.test(opening?.content ?? '') && (!COURT_NAME.test(opening?.content.trim() ?? '') || /^关于/u.test(context.lines[unitStart + 1]?.content ?? ''))) || /^\p{Script=Han}{2,14}(法院|法庭)关于/u.test(opening?.content ?? '');
  if (!opening || !(/^关于/u.test(opening.content) || courtLed) || position - unitStart >= NOTICE_HEADLINE_LINES) return null;
  // (A notice's head may be set wide, 呼和浩特市中级人民法院关于表彰 / 2024年度全市法院优秀人民陪审员的 / 决定: its 关于 and its genre
  // prove it, not its width. A court's name alone over a date is a signature, under which the next head may end on a genre.)
  const partWidth = /关于/u.test(opening.content) ? MAX_HEADLINE_WIDTH : HEADLINE_PART_WIDTH;
  const head = (line: LineFeatures | undefined) => line !== undefined && line.width <= partWidth && !isDateAlone(line.content.trim()) && !/[，。；：、！？,;:!?]/u.test(line.content) && !line.byline && !line.dateline && !line.pageFurniture;
  const lines = context.lines.slice(unitStart, position);
  if (!lines.every(head)) return null;
  const text = (upTo: number) => context.lines.slice(unitStart, upTo + 1).map((line) => line.content).join('');
  // Over two lines, the rules for a two-line head decide (noticeHeadlineAbove).
  if (NOTICE_HEADLINE.test(text(position - 1))) return position - unitStart >= 3 ? 'ended' : null;
  for (let end = Math.max(position, unitStart + 2); end < unitStart + NOTICE_HEADLINE_LINES && head(context.lines[end]); end++) {
    if (NOTICE_HEADLINE.test(text(end))) return 'runs on';
  }
  return null;
}

/** The unit's one or two lines so far are a notice's headline, under a text or masthead that closed. */
function noticeHeadlineAbove(context: BreakContext, unitStart: number, position: number): boolean {
  if (position - unitStart > 2) return false;
  const lines = context.lines.slice(unitStart, position);
  const text = lines.map((line) => line.content.replace(/[*#]/gu, '').trim()).join('');
  if (!NOTICE_HEADLINE.test(text) || /[，。；：、！？,;:!?]/u.test(text) || lines.some((line) => line.byline || line.dateline)) return false;
  const above = context.lines[unitStart - 1];
  return above === undefined || above.endsSentence || above.pageFurniture || above.credit;
}

/** The unit is a dashed subtitle of at most three lines so far, and the next line, unmarked, still comes before the byline. */
function dashedSubtitleRunsOn(context: BreakContext, unitStart: number, position: number): boolean {
  const start = context.lines[unitStart];
  const after = context.lines[position];
  if (!start?.subtitleDash || position - unitStart > 2 || !after) return false;
  const unmarked = (line: LineFeatures) => !/[。，；：！？,;:!?]/u.test(line.content) && !line.byline && !line.dateline && !line.credit && !line.subtitleDash && !line.pageFurniture && line.width <= MAX_HEADLINE_WIDTH;
  if (!unmarked(after) || context.lines.slice(unitStart + 1, position).some((line) => !unmarked(line))) return false;
  const next = context.lines[position + 1];
  const afterNext = context.lines[position + 2];
  return next !== undefined && (next.byline || (unmarked(next) && position + 1 - unitStart <= 2 && afterNext?.byline === true));
}

/** The lines since the unit began close a bracketed credit wrapped over lines (`（伊金霍洛旗` / `人民法院供稿）`). */
function closesCredit(context: BreakContext, unitStart: number, position: number): boolean {
  if (position - unitStart > 3) return false;
  return isCredit(context.lines.slice(unitStart, position).map((line) => line.content).join(''));
}

/** Names of people or bodies ending in a colon, with nothing but 、 between them. */
const SALUTATION = /^(尊敬的)?[\u4e00-\u9fff]{2,12}([、，,][\u4e00-\u9fff]{2,12}){0,5}[：:]$/u;
/** An item's text closed by its writers' names in brackets on the same line (…274件。（王丽））. */
const SIGNED_ITEM_END = new RegExp(`[。！？”]${ITEM_SIGNATURE.source.slice(1)}`, 'u');
const signedItems = new WeakMap<BreakContext, boolean>();
/** Whether the page signs items of a roundup inline, at their ends: then it is a roundup's way of signing. */
function signsItemsInline(context: BreakContext): boolean {
  let signs = signedItems.get(context);
  if (signs === undefined) signedItems.set(context, (signs = context.lines.some((line) => SIGNED_ITEM_END.test(line.content.trim()))));
  return signs;
}

/**
 * A line that fills its column and runs on into the line under it (no blank line, no indent, and that line no head,
 * byline or other furniture): a paragraph's line, not a head's.
 */
function runsOnAsText(line: LineFeatures, next: LineFeatures | undefined, columnWidth: number | null): boolean {
  return isFull(line, columnWidth) && next !== undefined && !next.gapBefore && !next.indented && !next.headlineShaped && !isStructural(next) && !provesHeadAbove(next);
}

/** Short of the column (less `beyond`) by two cells or more, counted in display cells and in characters alike (a text layout may wrap by either). */
function stopsShort(line: LineFeatures, columnWidth: number | null, beyond = 0): boolean {
  return columnWidth !== null && columnWidth - beyond - line.width - line.indentWidth >= 2 && columnWidth - beyond - [...line.content].length >= 2;
}

/** Whether the lines open more round brackets than they close. */
function bracketsLeftOpen(lines: readonly LineFeatures[]): boolean {
  const text = lines.map((line) => line.content).join('');
  return (text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[)）]/gu)?.length ?? 0);
}

/** A label that opens an entry (案号：, 原告：, 地址：). */
const ENTRY_LABEL = /^([\p{Script=Han}]{2,4})[：:]/u;

/** Whether `line` opens on the label `opening` opened with. */
function sameLabelOpens(opening: LineFeatures, line: LineFeatures): boolean {
  const label = ENTRY_LABEL.exec(line.content.trim());
  return label !== null && ENTRY_LABEL.exec(opening.content.trim())?.[1] === label[1];
}

/** A head's two short phrases parted by one pause, ending on a word (一杯奶茶，解开两家心结, 路再远，也要跑到). */
const PAUSED_HEAD = /^[\p{Script=Han}“”]{2,8}，[\p{Script=Han}“”]{2,8}$/u;

/** A contact's label with its colon ending a line, the number not yet given (联系电话：, 举报邮箱：). */
const CONTACT_LABEL_END = /(电话|热线|邮箱|传真|网址|邮编|手机)\s*[:：]$/u;

/** A case's numbered label at a line's start (案例二：, 典型案例三：). */
const CASE_LABEL_START = /^(典型)?案例[一二三四五六七八九十\d]+[：:]/u;

/** The share of its column a line opening after finished text may fill and still be a section head over the text (see decideBreak). */
const SECTION_HEAD_SHARE = 0.6;

/** A line that ends on a word or on a quotation closing no sentence (“志愿服务也是一门必修课”): no paragraph's last line. */
const closesOnNoMark = (line: LineFeatures) => /(?:[\p{Script=Han}A-Za-z0-9]|[^。！？!?…]”)$/u.test(line.content.trim());

/** A line that opens on one character and a mark no line may start with: the typesetter carried the character down with it. */
const pushedDownWithMark = (line: LineFeatures) => FORBIDDEN_LINE_START.includes([...line.content.trim()][1] ?? '');

/** Lines a head is set over, at most (a headline of large type wrapped twice). */
const MAX_HEAD_LINES = 3;
/** A roundup's genre word carried to a line of its own (速递, 简讯), with a character of the name before it at most. */
const ROUNDUP_TAIL_WIDTH = 3;
/** A head wrapped at a narrow measure: lines this wide at least, all alike. */
const MIN_RUN_WIDTH = 4;
/** A wrapped head's last line: a word or two that did not fit the measure. */
const SHORT_HEAD_TAIL = 4;

/** A numbered head alone on its line fills at most this share of its column; a paragraph's first line fills it. */
const NUMBERED_HEAD_SHARE = 0.6;

/** A paragraph opening on its date or time and a pause (9月19日，近日，今年以来，). */
const TIME_OPENING = /^(\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}月(上|中|下)旬|近日|日前|近期|今年以来|近年来|去年|今年)[，,]/u;

/** An item counted in words at a line's start (一是…, 二是…, 十是…). */
const ORDINAL_ITEM = /^[一二三四五六七八九十]{1,2}是/u;

/** A line that opens a list's item, counted in words or numbered (一是…, （二）…, 3.…). */
const opensListItem = (line: LineFeatures) => ORDINAL_ITEM.test(line.content) || line.listItem;

/** A court's name at a line's start (乌兰察布市凉城县人民法院对…), or the line ends inside it (呼伦贝尔市阿荣旗人民法). */
const OPENS_ON_COURT = /^[\u4e00-\u9fff]{0,10}(盟|市|旗|县|区)(人民法院|法院|人民法庭|法庭|(人民法?|人)$)/u;

/** How an item's news opens on its purpose (为保护…, 针对林下蓝莓…, 围绕…): a clause no head's line runs on into. */
const PURPOSE_OPENING = /^(为|针对|围绕)/u;

/**
 * A roundup's item head led by a place (二连浩特：…, 科右中旗：…), its lines joined, over a line that opens the item's news: on a
 * court's name, its time (4月18日，…) or its purpose (针对…). (ITEM_HEAD_LINE holds no pause after the colon, so the head
 * cannot end on one.)
 */
function placeItemOverItsText(head: string, after: LineFeatures): boolean {
  const text = after.content.trim();
  return ITEM_HEAD_LINE.test(head) && [...head].length <= MAX_HEADLINE_WIDTH && (OPENS_ON_COURT.test(text) || TIME_OPENING.test(text) || PURPOSE_OPENING.test(text));
}

/** Verbs of saying and listing that end a lead-in, not a name (他说： / 具体如下：). */
const LEAD_IN_END = /(说|道|称|讲|问|答|示|绍|出|为|是|有|括|下|即|明|调|求|醒|诉|言|慨|忆|曰|写|指|认|告|知)[：:]$/u;

/** The widest a salutation runs: its addressees, two lines of a narrow column. */
const MAX_SALUTATION_WIDTH = 24;

function isSalutation(lines: readonly LineFeatures[]): boolean {
  if (lines.length > 2) return false;
  const text = lines.map((line) => line.content.trim()).join('');
  return lines.reduce((sum, line) => sum + line.width, 0) <= MAX_SALUTATION_WIDTH && SALUTATION.test(text) && !LEAD_IN_END.test(text);
}



/** A head's first line holds a phrase: the last characters of a wrapped line (娟）) are shorter. */
const HEAD_FIRST_LINE_MIN_WIDTH = 4;

/** A line of a head: short, no mark a sentence has inside (a question may end a phrase: …跟谁？ 法院), no field of its own. */
function isHeadPart(line: LineFeatures): boolean {
  return line.width <= MAX_HEADLINE_WIDTH && !line.endsOpen && !/[。；;：:，,、（）()]/u.test(line.content) && !/[？！?!](?![”’]?(\s|$))/u.test(line.content) && !line.byline && !line.dateline && !line.credit && !line.pageFurniture && !line.numberedHeading && !line.listItem && line.markdownLevel === 0;
}

/** One phrase of a two-line head: short, unspaced, a phrase or a question, no lead before a colon. */
const HEAD_PHRASE_WIDTH = 20;
function isHeadPhrase(line: LineFeatures): boolean {
  return (line.headlineShaped || isQuestionHead(line)) && !line.hasInnerSpace && !line.numberedHeading && line.width <= HEAD_PHRASE_WIDTH && !/[：:]/u.test(line.content) && line.markdownLevel === 0;
}

/** A subtitle names whom it portrays or what kind of report it is (——访…, ——记…, ——…纪实 / 走笔 / 见闻). */
const PORTRAIT_SUBTITLE = /^——(访|记|走进|探访|聚焦)|(纪实|侧记|走笔|见闻|综述|巡礼|掠影|素描|札记|手记|速写|调查)$/u;

/** Whether the lines of the unit so far open a 《 they do not close: a work's title never spans two paragraphs. */
function unclosedTitleMark(context: BreakContext, unitStart: number, position: number): boolean {
  const balance = titleMarkBalance(context.lines);
  let open = 0;
  // A title spans a few lines at most: the unit's last lines are read, not the whole of a long paragraph at every line.
  for (let line = Math.max(unitStart, position - MAX_TITLE_MARK_LINES); line < position; line++) open += balance[line];
  return open > 0;
}

const titleMarks = new WeakMap<readonly LineFeatures[], Int16Array>();
/** Each line's 《 less its 》, counted once a page (every wrap asks about the lines above it). */
function titleMarkBalance(lines: readonly LineFeatures[]): Int16Array {
  let balance = titleMarks.get(lines);
  if (!balance) {
    balance = new Int16Array(lines.length);
    lines.forEach(({ content }, line) => {
      if (!content.includes('《') && !content.includes('》')) return;
      for (const char of content) (balance as Int16Array)[line] += char === '《' ? 1 : char === '》' ? -1 : 0;
    });
    titleMarks.set(lines, balance);
  }
  return balance;
}

/** Lines a work's title in 《》 may run over in a narrow column. */
const MAX_TITLE_MARK_LINES = 6;

/** The line at `position` closes a quotation the unit's lines so far left open (有了“快车 / 道” 伊金霍洛). */
function closesQuoteLeftOpen(context: BreakContext, unitStart: number, position: number): boolean {
  return /^[^“”]*”/u.test(context.lines[position].content) && unclosedQuote(unitTextUpTo(context, unitStart, position));
}

function unclosedQuote(text: string): boolean {
  return (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}

/** A caption wider than its column: at most this many cells before the line with the photographer. */
const CAPTION_HEAD_WIDTH = 40;

/**
 * The line ends a caption with its photographer (…开展调解工作。张鹏 摄), and the short run of lines
 * above it, set apart by a blank line and left unfinished, is that caption's beginning.
 */
function captionTailOf(context: BreakContext, unitStart: number, position: number): boolean {
  const after = context.lines[position];
  const before = context.lines[position - 1];
  const first = context.lines[unitStart];
  if (!/摄(影)?$/u.test(after.content) || /^[▲△■◆]/u.test(after.content) || before.endsSentence || after.gapBefore || isStructural(before)) return false;
  let width = 0;
  for (let index = unitStart; index < position; index++) width += context.lines[index].width;
  const setApart = unitStart === 0 || first.gapBefore;
  return setApart && width <= CAPTION_HEAD_WIDTH && !first.numberedHeading && !first.dateline;
}

/** How a subtitle names its genre at its end: ——…工作纪实, ——…侧记, ——记…. */
const SUBTITLE_END = /(纪实|侧记|走笔|速写|札记|手记|见闻|掠影|巡礼|综述|记)$/u;
/** The tail of a wrapped subtitle is short: at most this many cells. */
const SUBTITLE_TAIL_WIDTH = 8;

function subtitleRunsOn(before: LineFeatures, after: LineFeatures, columnWidth: number | null): boolean {
  if (before.endsSentence || before.endsOpen || SUBTITLE_END.test(before.content)) return false;
  if (!after.headlineShaped || after.numberedHeading || after.phraseSpaced || after.indented) return false;
  const tail = after.width <= SUBTITLE_TAIL_WIDTH || SUBTITLE_END.test(after.content);
  // Only a line that reached (or overran) the column edge can have wrapped.
  const wrapped = columnWidth === null || before.width + before.indentWidth >= columnWidth - FULL_LINE_SLACK;
  return tail && wrapped;
}

function subtitleTailAcrossGap(before: LineFeatures, after: LineFeatures): boolean {
  if (before.endsSentence || before.endsOpen || SUBTITLE_END.test(before.content)) return false;
  return after.headlineShaped && !after.phraseSpaced && !after.hasInnerSpace && !after.numberedHeading && SUBTITLE_END.test(after.content) && after.width <= HEADLINE_PART_WIDTH;
}

const HEAD_TAIL_REASON = '标题排满一栏，下一行为其折下的末尾';
const DOUBLED_TAIL_REASON = '标题在叠字中间折行，下一行为其末尾';
const CUT_WORD_TAIL_REASON = '标题在词中折行（断开的两字在本页连写），下一行接续';
const HEAD_MEASURE_REASON = '标题按同一栏宽折成等宽的几行，下一行接续';

/**
 * The head's line goes on in the line under it, cut mid-word: no field or mark of its own, no wider
 * than the head (its measure), and the characters on either side of the cut written side by side
 * elsewhere on the page (`inCutHead`: a cut above already proved the measure; a head-shaped line is enough).
 */
function cutWordTail(context: BreakContext, position: number, inCutHead = false): boolean {
  const before = context.lines[position - 1];
  const after = context.lines[position];
  // (A list's item, 12.孙丽 海南区人民法院, ends on its court: it is no headline cut off.)
  // (A head that closed on a notice's genre, …服务时间的通告, is whole.)
  if (before.endsSentence || before.endsOpen || before.byline || before.dateline || before.credit || before.listItem || COURT_SIGNATURE.test(before.content) || NOTICE_HEADLINE.test(before.content.trim())) return false;
  // (Nor is a court and its writer under it, 五原县人民法院 高丽君: that is the head's byline.)
  if (after.byline || after.dateline || after.credit || after.caption || after.numberedHeading || after.listItem || after.startsForbidden || after.width > before.width + 1 || COURT_SIGNATURE.test(after.content)) return false;
  // Two to four characters alone may be a writer's bare name, the byline (苏日古嘎).
  // (Unless no common surname opens the line and the characters the wrap parted make a word, one the page writes or one the
  // language holds far above chance: …评选结 / 果揭晓.)
  if (/[，。；：、,;:（）()【】—]/u.test(after.content) || /[！？!?](?!\s|$)/u.test(after.content)) return false;
  if (BARE_NAMES.test(after.content)) return !after.hasInnerSpace && !isSurnameLedName(after.content.trim()) && (pairAcross(context, before, after) || wordAcross(before, after));
  if (inCutHead && after.headlineShaped) return true;
  return pairAcross(context, before, after);
}

/** Bits of information above which two characters are a word of the language (结果 6.5, 审判 6), not a meeting by chance. */
const WORD_BITS = 5;
const wordAcross = (before: LineFeatures, after: LineFeatures) => pairInformation(lastCharacter(before.content), firstCharacter(after.content)) >= WORD_BITS;

const COURT_NAME_CUT_REASON = '法院名称在词中折行，下一行接续';

/** The word a court's name ends on. */
const COURT_WORD = '人民法院';

/**
 * The line stops inside 人民法院 (…集宁区人民 / 法院, …人民法 / 院党组) or inside a place's 法院 (…旗法 / 院): no line
 * ends there but for its measure.
 */
function cutInsideCourtName(before: LineFeatures, after: LineFeatures): boolean {
  const above = before.content.trim();
  const below = after.content.trim();
  for (let cut = 1; cut < COURT_WORD.length; cut++) {
    if (above.endsWith(COURT_WORD.slice(0, cut)) && below.startsWith(COURT_WORD.slice(cut)) && /\p{Script=Han}/u.test(above.slice(0, -cut).slice(-1))) return true;
  }
  return /[市旗县区盟]法$/u.test(above) && /^院/u.test(below);
}

/** Head lines this close in width were wrapped at one measure. */
const MEASURE_TOLERANCE = 1;

function headMeasureRun(before: LineFeatures, after: LineFeatures, afterNext: LineFeatures | undefined): boolean {
  const bare = (line: LineFeatures) => !line.byline && !line.dateline && !line.listItem && !/[，。；：、,;:！？!?（）()【】—]/u.test(line.content) && line.width >= 3;
  return afterNext !== undefined && !afterNext.gapBefore && [before, after, afterNext].every(bare) && Math.abs(after.width - before.width) <= MEASURE_TOLERANCE && Math.abs(afterNext.width - before.width) <= MEASURE_TOLERANCE;
}

/**
 * A roundup's item run into its text after its court and a space (五原县法院 为服务春 / 耕生产，…, 五原县法院 五原 /
 * 县人民法院…): the words after the court are no writer's name where the line under them goes on with text the page
 * writes joined to them (春|耕, 原|县).
 */
function itemRunsOn(context: BreakContext, line: LineFeatures, next: LineFeatures): boolean {
  // (The line under it is text: it holds a pause, or runs at least as wide: 五原县法院 五原 / 县人民法院组织商事审.)
  return !next.gapBefore && !next.indented && (/[，。；、]/u.test(next.content) || next.width >= line.width) && pairAcross(context, line, next);
}

/** Whether the page writes the last character of one line and the first of the next side by side elsewhere, inside a line. */
function pairAcross(context: BreakContext, before: LineFeatures, after: LineFeatures): boolean {
  return pairsOfPage(context.lines)(lastCharacter(before.content), firstCharacter(after.content));
}

/** The line stops exactly a paragraph's indent short of the measure: a first line whose indent was dropped. */
function shortByIndent(line: LineFeatures, measure: number): boolean {
  return Math.abs(measure - line.width - INDENT_CELLS) <= 0.5;
}

function firstLineWithoutIndent(before: LineFeatures, after: LineFeatures, columnWidth: number | null): boolean {
  if (columnWidth === null || before.endsSentence || before.endsOpen || before.indentWidth > 0 || before.hasInnerSpace || before.byline || before.dateline || before.numberedHeading) return false;
  const indentShort = shortByIndent(before, columnWidth);
  const afterFills = after.gapBefore && after.width + after.indentWidth >= columnWidth - 1 && !after.indented && !after.byline && !after.dateline;
  return indentShort && afterFills;
}

/** The line above stands as a head: short, ending no sentence, set apart from what it heads. */
function underHead(context: BreakContext, position: number): boolean {
  const above = context.lines[position - 1];
  return above !== undefined && (above.headlineShaped || ITEM_HEAD_LINE.test(above.content.trim())) && !above.endsSentence && !above.byline && !above.dateline;
}

/** A paragraph's first line that lost its indent: exactly the indent short of the column, the full line under it running text. */
function indentShortOpener(before: LineFeatures, after: LineFeatures, columnWidth: number | null): boolean {
  if (columnWidth === null || before.hasInnerSpace || before.listItem || before.numberedHeading || before.byline || before.dateline || before.indentWidth > 0) return false;
  return shortByIndent(before, columnWidth) && isFull(after, columnWidth) && !after.headlineShaped && !after.indented && /[，、；：。！？]/u.test(after.content);
}

const GENRE_END_REASON = '公告标题折行，下一行为文种词的末字';
const OPEN_HEAD_END_REASON = '标题停在词组中间（介词、趋向动词、情态动词或否定词之后），下一行接续';
/**
 * A head's line ending where its phrase cannot: a preposition and its pronoun, a verb of going without its goal, a
 * modal verb or a negation without its verb (…这三类纠纷要 / 当心, …彩礼该 / 不该还？, …打官司不 / 出苏木; not the noun
 * of 纪要, 摘要).
 */
const OPEN_HEAD_END = /(为您|给您|向您|帮您|为你|走进|走入|进入|来到|迈进|(?<![纪摘提概主重])要|该|不)$/u;

/** A numbered first line exactly the indent short of the text line under it, which the paragraph's next line matches. */
function numberedOpenerShort(before: LineFeatures, after: LineFeatures, afterNext: LineFeatures | undefined): boolean {
  if (before.endsSentence || before.endsOpen || before.hasInnerSpace || after.listItem || after.numberedHeading || after.headlineShaped || after.indented || after.gapBefore || after.startsForbidden) return false;
  if (!shortByIndent(before, after.width) || !/[，、；：。！？]/u.test(after.content)) return false;
  // The line under it keeps that measure, or ends the paragraph.
  return afterNext === undefined || afterNext.gapBefore || afterNext.listItem || Math.abs(afterNext.width - after.width) <= 1 || afterNext.width < after.width;
}

/** Cells a head's wrapped tail may take: a word's last characters, a name's length at most. */
const HEAD_TAIL_WIDTH = 5;

function wrappedHeadTail(before: LineFeatures, after: LineFeatures, columnWidth: number | null): boolean {
  if (columnWidth === null || before.endsSentence || before.endsOpen || before.byline || before.dateline || COURT_SIGNATURE.test(before.content)) return false;
  const reachesEdge = before.width + before.indentWidth >= columnWidth - 1;
  // (A question's last words end the head: 保险合同里的“免责条款”一律 / 有效吗？)
  return reachesEdge && (after.headlineShaped || QUESTION_TAIL_LINE.test(after.content.trim())) && !after.hasInnerSpace && !after.byline && !after.numberedHeading && !after.startsForbidden && after.width <= HEAD_TAIL_WIDTH && !CASE_SECTION_LABEL.test(after.content.trim());
}

/** An attribution wrapped over two lines continues only when the next line is its tail. */
function fullLineOf(context: BreakContext, position: number, before: LineFeatures, after: LineFeatures): boolean {
  const column = context.columnWidths[position - 1];
  return column !== null && before.width >= column - FULL_LINE_SLACK && !after.headlineShaped && !after.phraseSpaced && after.width < 8;
}

export function decideBreaks(context: BreakContext): BreakDecision[] {
  const result: BreakDecision[] = [];
  let unitStart = 0;
  for (let position = 1; position < context.lines.length; position++) {
    const decision = decideBreak(context, position, unitStart, result[result.length - 1]?.reason ?? '');
    if (decision.decision === 'split') unitStart = position;
    result.push(decision);
  }
  return result;
}

/** Lines an official document's title takes in one block at a narrow measure. */
const OFFICIAL_TITLE_BLOCK_LINES = 3;

/** Whether the line at `position` opens a block of two or three lines that together are an official document's whole title. */
function officialTitleBlockAt(context: BreakContext, position: number): boolean {
  const lines = context.lines;
  let text = lines[position].content.trim();
  for (let end = position + 1; end < Math.min(lines.length, position + OFFICIAL_TITLE_BLOCK_LINES); end++) {
    if (lines[end].gapBefore) return false;
    text += lines[end].content.trim();
    if (OFFICIAL_DOCUMENT_TITLE.test(text)) return end + 1 >= lines.length || lines[end + 1].gapBefore;
  }
  return false;
}

/** Whether the line at `position`, one or two characters alone, ends the official title the unit's lines began (…的公 / 告). */
function genreEndCarried(context: BreakContext, unitStart: number, position: number): boolean {
  const after = context.lines[position];
  if (position - unitStart > 3 || !/^\p{Script=Han}{1,2}$/u.test(after.content.trim())) return false;
  const head = unitTextUpTo(context, unitStart, position);
  return !OFFICIAL_DOCUMENT_TITLE.test(head) && OFFICIAL_DOCUMENT_TITLE.test(head + after.content.trim());
}

/** Lines a head's words under its court's name may take before the byline that proves them. */
const HEAD_UNDER_LEAD_LINES = 4;

/** Whether the line over `position` is a court's name and a colon alone (满洲里法院：) leading a head's short lines down to a byline. */
function courtLeadOverHead(context: BreakContext, unitStart: number, position: number): boolean {
  const lead = context.lines[position - 1];
  if (unitStart !== position - 1 || !/[:：]$/u.test(lead.content.trim()) || !COURT_NAME.test(lead.content.trim().slice(0, -1))) return false;
  for (let at = position; at < Math.min(context.lines.length, position + HEAD_UNDER_LEAD_LINES + 1); at++) {
    const line = context.lines[at];
    if (line.byline || line.dateline) return at > position;
    if (!line.headlineShaped || line.width > MAX_HEADLINE_WIDTH) return false;
  }
  return false;
}

