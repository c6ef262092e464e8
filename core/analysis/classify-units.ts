import { isWholeEntry, NAME_WITH_UNIT } from './name-with-unit';
import type { LineRole } from '../model/page-analysis';
import type { BreakContext } from './decide-breaks';
import { PARTICLE_START, endsSentence } from './character-classes';
import { isNarrowHeadRun } from './narrow-head-run';
import { AWARD_GRADE, BRACKETED_PLACE_ITEM, COURT_LIST, SPACED_COURT_LIST, BRACKETED_SECTION_HEAD, QUESTION_PARTICLE_TAIL, ASKS_WORDS, CASE_SECTION_HEAD, CASE_SECTION_LABEL, COURT_LED_HEAD, SOURCE_AFTER_SENTENCE, isDateAlone, COURT_NAME, COURT_SIGNATURE, INSTITUTION, ITEM_HEAD_LINE, ITEM_SIGNATURE, NOTICE_HEADLINE, OFFICIAL_DOCUMENT_TITLE, PLACE_RUN_IN, PUBLICATION, ROUNDUP_HEADLINE, SIGNATURE_NAME_TAIL, WEEKDAY, WRITERS_NAMES, isCredit } from './line-patterns';
import { isSurnameLedNames } from './personal-names';
import { MAX_HEADLINE_WIDTH, SUBTITLE_MIN_WIDTH, isBareHanPhrase, isBarePhrase, isCaseHead, isQuestionThenPhrase, QUESTION_THEN_PHRASE, isQuestionHead, isShortQuestionTail, isQuotedSaying, secondPhraseWide, signsAbove } from './line-features';
import type { LineFeatures } from './line-features';
import { NUMBER_LED } from './model/line-signals';
import { headText, type TextUnit } from './text-units';
import { writesTextBlocks } from './extractor-artifacts/text-block-page';

/** A quotation with its source on one line: …能力素质。——最高人民法院党组书记、院长张军 */
const PULL_QUOTE = /[。！？”]——[^，。；！？]{2,40}$/u;
/** A caption that is only a short picture description (丰富多彩的文艺活动。) is at most this wide. */
const SHORT_CAPTION_WIDTH = 20;
/** Furniture above the first headline is short: a masthead, a slogan, a date. */
const TOP_FURNITURE_WIDTH = 16;

function unitWidth(unit: TextUnit): number {
  return unit.lines.reduce((sum, line) => sum + line.width, 0);
}

// The break stage already set headlines apart from running text; here the shape is enough.
/** The widest an official document's title runs: two lines of a wide column. */
const MAX_OFFICIAL_TITLE_WIDTH = 96;

function isHeadlineUnit(unit: TextUnit): boolean {
  // An official document's title may run long (通辽市中级人民法院关于表彰2024年度全市法院先进集体和先进个人的决定):
  // no sentence ends on its genre without a stop.
  if (unit.lines.length <= 3 && unitWidth(unit) <= MAX_OFFICIAL_TITLE_WIDTH && OFFICIAL_DOCUMENT_TITLE.test(headText(unit))) return true;
  if (unitWidth(unit) > 40) return false;
  // Courts named one after another are a list's line, wrapped or not (集宁区人民法院 丰镇市人 / 民法院 兴和县人民法院).
  const joined = unit.lines.map((line) => line.content.trim()).join(unit.lines.length > 1 ? '' : ' ');
  if (COURT_LIST.test(joined) || SPACED_COURT_LIST.test(joined)) return false;
  // A numbered section head takes a line, two in a narrow column: a numbered unit over more is a list's item
  // (4.《张某某诉某旅游有 / 限公司旅游合同纠纷案民事 / 判决书》 满洲里市人民法 / 院 刘海波), whatever marks it lacks.
  if (unit.lines[0].listItem && unit.lines.length > 2) return false;
  if (unit.lines.every((line) => line.headlineShaped || line.markdownLevel > 0)) return true;
  // A head wrapped at a narrow measure may leave its question's particle alone on the last line (买卖合同有 / 效吗).
  // (Or its question's last word or two with the mark: 邻家稻田放水淹了玉米地 谁来 / 赔？)
  const last = unit.lines[unit.lines.length - 1];
  if (unit.lines.length > 1 && unit.lines.slice(0, -1).every((line) => line.headlineShaped) && (QUESTION_PARTICLE_TAIL.test(last.content.trim()) || isShortQuestionTail(last))) return true;
  // A numbered head wrapped to its last word or two (一、一句母语，拉近一段距 / 离) is the head its first line is.
  if (unit.lines.length === 2 && unit.lines[0].numberedHeading && unit.lines[1].width <= NUMBERED_HEAD_TAIL && !/[，。；：、,;:！？!?]/u.test(unit.lines[1].content)) return true;
  // A case's head keeps its number's colon (案例一：未签书面劳动合 / 同应支付二倍工资): no pause follows it.
  if (isCaseHead(unit.lines)) return true;
  // A head's second phrase may hold words no head pattern knows (网围栏越界二十米 / 调解员现场量清了):
  // short, without a single mark, under a phrase that is head-shaped.
  return (unit.lines.length === 2 && unit.lines[0].headlineShaped && isBarePhrase(unit.lines[1])) || (unit.lines.length === 1 && isQuestionThenPhrase(unit.lines[0]));
}

/** A caption's last words: a finished description, then the photographer (…工作。张鹏 摄). */
const PHOTOGRAPHER_END = /[。！？\s][\u4e00-\u9fff]{2,4}\s*(?<![拍航])摄(影)?$/u;
/** Running text introduces speech or a list with a colon after a verb: 表示：/ 介绍：/ 如下：. */
const VERB_BEFORE_COLON = /(说|道|称|讲|问|答|示|绍|出|为|是|有|括|下|即|明|调|求|醒|诉|言|慨|忆|曰)[：:]/u;
/** Marks a headline may carry inside: its phrases are few (小案件，大民生 / 法润草原：送法进牧区). */
const HEADLINE_INNER_MARKS = /[，、；：,;:]/gu;


/** A line of its own that reads as a roundup item's head: a place, a colon, its news (二连浩特：口岸企业“绿色通道”). */
export function isItemHeadUnit(unit: TextUnit): boolean {
  // (Wrapped at a narrow measure, 二连浩特：口岸企业“绿色 / 通道”, its two lines read as one, where the label is a place's
  // or court's, or a name that short: a wrapped line with a longer clause before its colon is a sentence's, 法官提醒同学们：“陌生链接不 / ”.)
  const last = unit.lines[unit.lines.length - 1];
  const text = headText(unit);
  // (Or its place in brackets before its words, 【杭锦旗】光伏治沙园区设起法官联络站.)
  const placeLabel = PLACE_ITEM_HEAD.test(text) || /^[\u4e00-\u9fff]{2,5}[：:]/u.test(text) || BRACKETED_PLACE_ITEM.test(text);
  // (…over three at the narrowest, the measure cutting a word: 【杭锦旗】草场边界起争 / 议 / 巡回法庭开到牧户家.)
  return (unit.lines.length === 1 || (unit.lines.length <= 3 && placeLabel)) && unitWidth(unit) <= MAX_HEADLINE_WIDTH && !last.endsSentence && unit.lines.every((line) => line.markdownLevel === 0) && (ITEM_HEAD_LINE.test(text) || BRACKETED_PLACE_ITEM.test(text));
}

/** A question alone under text closed by its source in brackets (…调解化解3起。（其其格）): the next article's headline. */
function questionAfterItemSource(above: TextUnit | undefined, unit: TextUnit): boolean {
  return above !== undefined && unit.lines.length === 1 && isQuestionHead(unit.lines[0]) && SOURCE_AFTER_SENTENCE.test(headText(above));
}

/**
 * A head that names a place before a colon (凉城：涉企执行“活封活扣”) after an item's source in brackets, in an article
 * whose items are headed so already: the roundup's next item, not an article of its own, whatever the headline says.
 */
export function placeItemAfterSource(unit: TextUnit, placeItemHeads: number): boolean {
  return placeItemHeads >= 1 && isItemHeadUnit(unit);
}

/**
 * A headline's second line (私设铁夹捕猎 / 两人获刑并承担生态损害赔偿) rather than a subtitle set
 * without its dash: a subtitle runs longer, or names whom it portrays (记… / 访…).
 */
function isSecondHeadLine(head: TextUnit, next: TextUnit): boolean {
  if (head.lines.some((line) => line.markdownLevel > 0)) return false;
  // The rest of a headline wrapped at a narrow measure may itself wrap (并限期恢复植 / 被, 是假货 消费者获三 /
  // 倍赔偿): together its lines are still shorter than a subtitle, and hold no mark a sentence has; wrapped
  // at the measure, its first line is the longer.
  if (next.lines.length === 2) return unitWidth(next) < SUBTITLE_MIN_WIDTH && next.lines[1].width < next.lines[0].width && next.lines.every((line) => line.markdownLevel === 0 && !line.byline && !line.pageFurniture && !/[。，；：、,;:]/u.test(line.content)) && !/^(记|访|——)/u.test(next.lines[0].content);
  if (next.lines.length !== 1) return false;
  const line = next.lines[0];
  if (!(line.headlineShaped || isQuestionHead(line)) || line.markdownLevel > 0 || /^(记|访)/u.test(line.content)) return false;
  return secondPhraseWide(line, headText(head));
}

function isItemSignature(unit: TextUnit): boolean {
  return ITEM_SIGNATURE.test(unit.lines.map((line) => line.content.trim()).join(''));
}

/** A court's short name alone in brackets (（海南区法院）): a roundup item's source, or a whole article's. */
const COURT_SIGNATURE_ALONE = /^[（(][\u4e00-\u9fff]{2,10}(法院|法庭)[)）]$/u;

/**
 * In a roundup, a signature closes its item, not the roundup: the writers' names (（娜仁）), or the
 * court alone (（海南区法院）) where the roundup's items open on their courts' names, as the head
 * after it does.
 */
export function signsRoundupItem(signature: TextUnit, head: TextUnit, courtItemHeads: number): boolean {
  // (An official document's whole title, …法院致广大农牧民朋友的一封信, opens the document, under any item's source.)
  if (OFFICIAL_DOCUMENT_TITLE.test(headText(head))) return false;
  if (isItemSignature(signature)) return true;
  const text = signature.lines.map((line) => line.content.trim()).join('');
  // (A roundup's own headline, 赤峰法院工作简讯, opens the next roundup, court-led or not.)
  return courtItemHeads > 0 && COURT_SIGNATURE_ALONE.test(text) && COURT_LED_HEAD.test(headText(head)) && !ROUNDUP_HEADLINE.test(headText(head));
}

/** A headline over a lead names its subject in a line of at least this many characters (云端调解); a slogan of a word or two (20年 / 信仰) is shorter. */
const MIN_LEAD_HEADLINE_WIDTH = 4;
/** The last line of a numbered head wrapped at a narrow measure: a word or two. */
const NUMBERED_HEAD_TAIL = 4;
/** Straight under the masthead band, a head needs no lead to prove it, but a label of a word or two is the band's. */
const MIN_BAND_HEADLINE_WIDTH = 6;

/**
 * Straight under the masthead band's last item (its page label, the section's name, the editor's
 * credit): nothing but the page's first headline or its text stands there.
 */
function underMastheadBand(units: readonly TextUnit[], index: number): boolean {
  // A bracketed section head (【法官说法】) opens a section of an article whose head stands elsewhere.
  return index > 0 && units[index - 1].lines.every((line) => line.pageFurniture) && !/^[【[]/u.test(units[index].lines[0].content);
}

/** A byline by its label, a court and its writers, or writers' names alone on one line. */
function ownBylineUnder(unit: TextUnit): boolean {
  const line = unit.lines[0];
  const text = line.content.trim();
  // (A case's section named without brackets, 基本案情, is no name.)
  return line.byline || COURT_SIGNATURE.test(text) || (unit.lines.length === 1 && !CASE_SECTION_LABEL.test(text) && (WRITERS_NAMES.test(text) || /^[\u4e00-\u9fff·]{2,4}$/u.test(text)));
}

/**
 * Running text that opens an article: a first line with a pause in it, longer than any headline,
 * or set in from the column's edge, or wrapped at a narrow column (a paragraph of several lines).
 */
function opensLead(unit: TextUnit | undefined): boolean {
  const lines = unit?.lines ?? [];
  const line = lines[0];
  return line !== undefined && (line.width > MAX_HEADLINE_WIDTH || line.indented || lines.length > 1) && /[，。、；]/u.test(line.content) && !line.pageFurniture;
}

// Re-exported where the head rules have always found it.
export { NOTICE_HEADLINE };

/** A roundup item's head names its place or court before a colon (托克托县：“法官+村干部”联调). */
const PLACE_ITEM_HEAD = /^[\u4e00-\u9fff]{1,10}(县|旗|区|市|盟|州|法院|中院|法庭)[：:]\S/u;

/** A roundup item's head that names its court, then a space and the news (开鲁县法院 巡回审判护春耕). */
const COURT_SPACED_ITEM_HEAD = /^[\u4e00-\u9fff]{2,10}(法院|中院|法庭) \S/u;

/**
 * One of a set of heads that each open on their place or court: a roundup's items. (The court's name may stand
 * alone on the head's first line: 锡林浩特市法院 / 凌晨出击查控“老赖”.)
 */
const isSetItemHead = (unit: TextUnit) =>
  PLACE_ITEM_HEAD.test(headText(unit)) || COURT_SPACED_ITEM_HEAD.test(headText(unit)) || (unit.lines.length === 2 && COURT_NAME.test(unit.lines[0].content.trim()));

/** A roundup's headline names whose news it gathers (法院工作简讯); a section's label (工作动态) is shorter. */
const MIN_ROUNDUP_HEADLINE_WIDTH = 6;

/** A notice's headline over two lines names its issuer and its matter: longer than any section head. */
const LONG_NOTICE_HEADLINE_WIDTH = 16;

/**
 * The page's section name (审判纵横) over a notice's whole headline (…责任清单（2025年）): the band's
 * label, not the headline's first line; a headline is not broken after a word or two.
 */
function isSectionNameOverNotice(unit: TextUnit, next: TextUnit): boolean {
  return /^[\u4e00-\u9fff]{2,5}$/u.test(headText(unit)) && NOTICE_HEADLINE.test(headText(next));
}

/**
 * A few short lines (two; four where a narrow measure wrapped them) with no sentence mark inside and
 * none left open at the end; a phrase may end on a question (…跟谁？ 法院…), and the first may open on
 * a column's label (对话院长：…).
 */
function isUnfinishedShortUnit(unit: TextUnit, maxLines = 2): boolean {
  if (unit.lines.length > maxLines || unitWidth(unit) > 40) return false;
  return unit.lines.every((line, index) => line.width <= MAX_HEADLINE_WIDTH && !line.endsOpen && !/[。；;：:，,]/u.test(index === 0 ? line.content.replace(COLUMN_LABEL, '') : line.content) && !/[？！?!](?![”’]?(\s|$))/u.test(line.content) && !line.byline && !line.dateline && !line.pageFurniture && !line.credit);
}

/** Lines a measure wrapped: all but the last of the first line's width (a cell either way), the last no wider than `lastSlack` more. */
function wrappedAtOneMeasure(lines: readonly LineFeatures[], lastSlack: number): boolean {
  const measure = lines[0].width;
  return lines.slice(1, -1).every((line) => Math.abs(line.width - measure) <= 1) && lines[lines.length - 1].width <= measure + lastSlack;
}

/** A headline may run to two wide lines (an official style names every party: …与旗司法局联合建立…工作机制). */
const MAX_LONG_HEAD_WIDTH = 64;

/**
 * A head with no mark but quotes and title marks, up to two wide lines in all: on a line or two, or wrapped at a narrow
 * column's measure (its lines but the last of one width, MuPDF's block of 莫力达瓦达斡尔族自治旗人民法院与 / 旗司法局联合建立…).
 */
function isLongMarklessHead(unit: TextUnit): boolean {
  const { lines } = unit;
  if (lines.length > NARROW_HEAD_LINES || unitWidth(unit) > MAX_LONG_HEAD_WIDTH) return false;
  if (lines.length > 2 && !wrappedAtOneMeasure(lines, 1)) return false;
  return lines.every((line) => !/[，。；：、！？,;:!?（）()【】—]/u.test(line.content) && !line.byline && !line.dateline && !line.pageFurniture && !line.credit && !line.caption && !line.listItem);
}

/**
 * A case's section head, in brackets or not (【案情】, 【审理】, 基本案情): it names a part of the case plainly. A feature's
 * bracketed heads name its themes (【打破“主场”】): a question over one is the feature's own, asked in its text.
 */
const CASE_PART = /案|审理|裁判|判决|评析|说法|释法|点评/u;
function namesCaseSection(unit: TextUnit): boolean {
  const text = headText(unit);
  return CASE_SECTION_LABEL.test(text) || (BRACKETED_SECTION_HEAD.test(text) && CASE_PART.test(text));
}

/** A newspaper column's name before a colon (法官说法：, 以案释法：, 对话院长：): a headline's, never a section's. */
const COLUMN_NAME = /^[\u4e00-\u9fff]{0,4}(说法|释法|提醒|手记|课堂|讲堂|现场|直击|院长|专访|访谈|面对面)[：:]/u;

/** A question on a line or two that opens on its column's name (法官说法：订婚后分手，彩礼该 / 不该还？). */
function isColumnQuestionHead(unit: TextUnit): boolean {
  const text = headText(unit);
  return unit.lines.length <= 2 && unitWidth(unit) <= MAX_HEADLINE_WIDTH && COLUMN_NAME.test(text) && /[？?]$/u.test(text) && !/[。；;]/u.test(text);
}

/** A section's name in the masthead band is a word or two (法院文化, 审判纵横, 以案说法). */
const SECTION_NAME_WIDTH = 5;
/** A column's label before a colon at a headline's start (对话院长：, 法官手记：). */
const COLUMN_LABEL = /^[\u4e00-\u9fff]{2,6}[：:](?=\S)/u;
/** Lines a head set in a narrow column may wrap over, its byline under it. */
const NARROW_HEAD_LINES = 4;

/** A short phrase parted by one pause, ending in a word (供暖不达标，取暖费). */
const PAUSED_PHRASE = /^[^，。；：、,;:！？!?]{2,10}，[^，。；：、,;:！？!?]{2,10}$/u;

/** One short line of at most three phrases, ending in a word, ！ or ？ — never in 。 or mid-sentence. */
function isPunctuatedHeadline(unit: TextUnit): boolean {
  // Two lines: a phrase, then a question or exclamation (拆了吊牌 / 还能退货吗？).
  // The phrase may hold any words (葵花籽收购价涨了 / 卖方能否反悔不交货？): what follows proves the head.
  // (The phrase may hold the question's one pause: 供暖不达标，取暖费 / 能不能少交？)
  // (…or one line's headline whose last characters the measure carried down: …能否视同工 / 伤？.)
  if (unit.lines.length === 2) return ((unit.lines[0].headlineShaped || isUnfinishedShortUnit({ lines: [unit.lines[0]] }) || PAUSED_PHRASE.test(unit.lines[0].content.trim())) && isQuestionHead(unit.lines[1])) || (CARRIED_MARKED_TAIL.test(unit.lines[1].content.trim()) && punctuatedHeadLine(unit.lines[0].content.trim() + unit.lines[1].content.trim(), unit.lines[0].width + unit.lines[1].width, false));
  if (unit.lines.length !== 1) return false;
  const line = unit.lines[0];
  return punctuatedHeadLine(line.content, line.width, line.endsOpen);
}

/**
 * A punctuated headline wrapped at a narrow measure over three or four lines (莫力达瓦达斡尔族自治旗法 / 院：达斡尔语调解员“驻庭” /
 * 化纠纷): its lines but the last fill one measure, and together they are one line's headline.
 */
function isWrappedPunctuatedHeadline(unit: TextUnit): boolean {
  const { lines } = unit;
  if (lines.length < 2 || lines.length > NARROW_HEAD_LINES) return false;
  if (!wrappedAtOneMeasure(lines, 0)) return false;
  const text = lines.map((line) => line.content.trim()).join('');
  return punctuatedHeadLine(text, lines.reduce((sum, line) => sum + line.width, 0), lines[lines.length - 1].endsOpen);
}

/** A head's last few characters and its mark, carried down alone by the measure (伤？). */
const CARRIED_MARKED_TAIL = /^\p{Script=Han}{1,4}[？！?!]$/u;

function punctuatedHeadLine(content: string, width: number, endsOpen: boolean): boolean {
  const text = content.replace(/\*\*/gu, '');
  // One exclamation or question may part its two phrases (“一网通办”上线！赤峰中院电子卷宗随案生成率达98.6%).
  if (width > MAX_HEADLINE_WIDTH || endsOpen || /[。…]|\.(?!\d)/u.test(text) || (text.match(/[！？!?](?=.)/gu) ?? []).length > 1) return false;
  return (text.match(HEADLINE_INNER_MARKS) ?? []).length <= 2 && !VERB_BEFORE_COLON.test(text);
}

/** A headline of two phrases on one line, a quotation and its second phrase, runs longer than one phrase may. */
const LONG_SPACED_HEAD_WIDTH = 40;

/**
 * Two phrases, the first a quotation with its pause inside (“牧区立案，不让牧民白跑一趟” 访苏尼特左旗人民法院院长那顺乌日图)
 * or two things listed (楼道充电起火、改装超速撞人 康巴什区法院发布三起涉电动自行车典型案例),
 * on one line set apart by a space or on a line each: wider than a head of one phrase, a headline where a byline proves it.
 */
function isLongSpacedPunctuatedHead(unit: TextUnit): boolean {
  if (unit.lines.length > 3) return false;
  const texts = unit.lines.map((line) => line.content.replace(/\*\*/gu, '').trim());
  // (Or the two phrases on a line each; or wrapped at a narrow measure, the space between them inside a line.)
  const spaced = texts.join('').split(/[ \u3000]+/u);
  const parts = spaced.length === 2 ? spaced : unit.lines.length === 2 ? texts : spaced;
  const width = unit.lines.reduce((sum, line) => sum + line.width, 0);
  // (The first may list two things instead, parted by a 、: 楼道充电起火、改装超速撞人.)
  const listedPair = /^[^，。；：、,;:！？!?]{2,8}、[^，。；：、,;:！？!?]{2,8}$/u.test(parts[0] ?? '');
  // (…or a question, 快递丢了只赔三倍运费？ 乌达区法院发布三起涉快递服务合同纠纷典型案例.)
  const question = /^[^，。；：、,;:！？!?]{4,16}[？?]$/u.test(parts[0] ?? '');
  return width <= LONG_SPACED_HEAD_WIDTH && parts.length === 2 && (/^[“「][^”」]+[”」]$/u.test(parts[0]) || listedPair || question) && !/[，。；：、,;:！？!?]/u.test(parts[1]) && punctuatedHeadLine(parts.join(' '), Math.min(width, MAX_HEADLINE_WIDTH), unit.lines[unit.lines.length - 1].endsOpen);
}

/** Speech in quotation marks from its first character to its last (“先喝口茶，慢慢说。”): dialogue, never a picture's description. */
const WHOLE_QUOTATION = /^[“「].*[。！？!?…][”」]$/u;

/**
 * A caption set under a picture stands apart from the running text: blank lines around it, or,
 * on a page without blank lines and without a column (one line per paragraph), a line that is not
 * indented. A short paragraph inside a column runs on between the lines of the column.
 */
function isShortCaption(units: readonly TextUnit[], index: number, inColumn: (line: LineFeatures) => boolean): boolean {
  const unit = units[index];
  const line = unit.lines[0];
  const text = unit.lines.map((part) => part.content).join('');
  const next = units[index + 1];
  const boundedByGaps = (line.gapBefore && (!next || next.lines[0].gapBefore)) || (!line.indented && !inColumn(line));
  const sentences = (text.match(/[。！？]/gu) ?? []).length;
  // A picture's description opens a sentence: a unit that begins mid-sentence (的…, 了…) is a paragraph's tail.
  if (line.startsForbidden || PARTICLE_START.test(line.content)) return false;
  // A notice's closing formula (特此公告。) stands alone too, and closes the text.
  if (/^特此[\u4e00-\u9fff]{2}[。！]$/u.test(text)) return false;
  // A picture is described, not asked about: a short line ending in ？ or ！ is a head or speech.
  return boundedByGaps && unitWidth(unit) <= SHORT_CAPTION_WIDTH && endsSentence(text) && !/[？！?!][”’]?$/u.test(text) && sentences === 1 && !/[：:]/u.test(text) && !WHOLE_QUOTATION.test(text) && !line.listItem;
}

/** A credit wrapped over two or three lines: `（赤峰市中级人民法院` / `供稿）`. */
function isWrappedCredit(unit: TextUnit): boolean {
  if (unit.lines.length < 2 || unit.lines.length > 3) return false;
  // A court and its writer's name wrap at the space between them: (某某旗人民法院 / 杜慧敏）.
  const parts = unit.lines.map((line) => line.content);
  return isCredit(parts.join('')) || isCredit(parts.join(' '));
}

/**
 * The signature (落款) that closes a notice or a letter: the issuing body on one line and the date
 * on the next, right after the text has ended a sentence (…特此公告。). It belongs to the text, not
 * to the masthead that a body's name or a date alone would suggest.
 */
/** Whom a notice tells readers to call or write to (联系电话：…, 联系人：高法官 电话：…, 地址：…): its last line before the signature. */
const NOTICE_CONTACT = /^([\u4e00-\u9fff]{0,8}(电话|热线)|联系人|联系方式|地址|邮箱|电子邮箱)\s*[:：]\s*\S/u;

/** The unit's last line tells whom to call or write to. */
const endsOnContact = (unit: TextUnit) => NOTICE_CONTACT.test(unit.lines[unit.lines.length - 1].content.replace(/\*\*/gu, '').trim());

/**
 * How many units the issuing body's name takes from `start`: one line, or a line that the column
 * wrapped before the name ended (内蒙古自治区高级人 / 民法院), as one unit or two; 0 if none starts there.
 */
function signatureBodyLength(units: readonly TextUnit[], start: number): number {
  const unit = units[start];
  if (unit === undefined || unit.lines.length > 2) return 0;
  const text = (candidate: TextUnit) => candidate.lines.map((line) => line.content.replace(/\*\*/gu, '').trim()).join('');
  if (INSTITUTION.test(text(unit))) return 1;
  const next = units[start + 1];
  return unit.lines.length === 1 && next !== undefined && next.lines.length === 1 && INSTITUTION.test(text(unit) + text(next)) ? 2 : 0;
}

function isSignature(units: readonly TextUnit[], index: number): boolean {
  const isDate = (candidate: TextUnit | undefined) => candidate !== undefined && candidate.lines.length === 1 && isDateAlone(candidate.lines[0].content);
  // The text above ends a sentence (特此公告。) or gives whom to call (联系电话：0470-…, 联系人：高法官 电话：…);
  // a masthead's editorial credits (责任编辑：…) do not close a text.
  const closes = (candidate: TextUnit | undefined) => {
    if (candidate === undefined) return false;
    if (endsOnContact(candidate)) return true;
    return !candidate.lines[0].pageFurniture && endsSentence(candidate.lines[candidate.lines.length - 1].content.replace(/\*\*/gu, '').trim());
  };
  // The body's name starts on this unit, or one or two units above it (the date's unit, or the name's second line).
  return [index, index - 1, index - 2].some((start) => {
    const length = signatureBodyLength(units, start);
    return length > 0 && index <= start + length && isDate(units[start + length]) && closes(units[start - 1]);
  });
}

/**
 * A notice's contact line under its numbered head, a colon or its contact person, or over its closing formula
 * (一、来信举报 / 地址：…, 联系人：… / 联系电话：…, 联系电话：… / 特此公告。) is its text;
 * the masthead's contact lines stand apart from any head.
 */
function isContactUnderHead(units: readonly TextUnit[], index: number): boolean {
  const unit = units[index];
  const above = units[index - 1];
  // (Its number may have wrapped from its label, 联系电话： / 0477-0000000, an address over two lines of a narrow column.)
  const joined = unit.lines.map((line) => line.content.replace(/\*\*/gu, '').trim()).join('');
  if (!above || unit.lines.length > 3 || !NOTICE_CONTACT.test(joined)) return false;
  const aboveLine = above.lines[above.lines.length - 1];
  // …or under the notice's contact person (联系人：刘律师), or over its closing formula (特此公告。).
  const below = units[index + 1]?.lines[0];
  // (…or under another of the notice's contacts, itself under the notice's text or its contact person: 联系人：… /
  // 联系电话：… / 地址：…; the masthead's contacts stand over no text.)
  const textOf = (at: number) => (units[at]?.lines ?? []).map((line) => line.content.replace(/\*\*|\s+/gu, '')).join('');
  const contactRun = NOTICE_CONTACT.test(textOf(index - 1)) && index >= 2 && (/^联系人\s*[：:]/u.test(textOf(index - 2)) || units[index - 2].lines[units[index - 2].lines.length - 1].endsSentence);
  return aboveLine.numberedHeading || /[：:]$/u.test(aboveLine.content) || /^联系人\s*[：:]/u.test(aboveLine.content.trim()) || contactRun || (below !== undefined && /^特此(公告|通告|通知)/u.test(below.content.trim()));
}

/** A court's signature that reached its column's edge, its last name, or part of it, wrapped onto a line of its own (…赵丽娜 / 王志刚). */
function isWrappedCourtSignature(unit: TextUnit): boolean {
  return unit.lines.length === 2 && COURT_SIGNATURE.test(unit.lines[0].content.replace(/\*\*/gu, '').trim()) && SIGNATURE_NAME_TAIL.test(unit.lines[1].content.trim());
}

/**
 * The writers' court and their names under a headline (`阿巴嘎旗人民法院 萨仁图雅`): a byline. A
 * 单位 + 主题 headline of the same shape (`科尔沁法院 动态三则`) has its own byline below it.
 */
function isCourtSignature(units: readonly TextUnit[], index: number, headline: readonly boolean[], roles: readonly LineRole[]): boolean {
  const unit = units[index];
  const next = units[index + 1];
  const above = units[index - 1];
  const text = unit.lines[0].content.replace(/\*\*/gu, '').trim();
  // The court alone signs for its writers too (四子王旗人民法院), over a case's first section head or
  // the text; over a head it is the first part of a 单位 + 主题 headline.
  const courtAlone = COURT_NAME.test(text) && next !== undefined && (CASE_SECTION_HEAD.test(next.lines[0].content.trim()) || opensLead(next));
  if ((unit.lines.length !== 1 && !isWrappedCourtSignature(unit)) || !above || !(COURT_SIGNATURE.test(text) || courtAlone)) return false;
  // The unit above is a headline, not a credit or another field (roles above are already set).
  const headAbove = roles[index - 1] === 'paragraph' && (headline[index - 1] || above.lines.every((line) => line.headlineShaped || isQuestionHead(line)));
  // A dashed subtitle stands under its headline, never under a byline: a court's name and a phrase over one
  // are the headline (湖畔法庭 牧区灯火 / ——…工作纪实).
  return headAbove && !(next && (next.lines[0].byline || next.lines[0].subtitleDash));
}

/** Writers' names alone, one to four of them, set apart by spaces (`陈立新 武晓丽`, `苏日古嘎`). */
/** An award's grade heading a list's part (一等奖, 优秀奖): a word of the list, never a writer's name. */
/** No name opens on a numeral, a quantifier or a demonstrative (一枚国徽, 每月一次, 这些问题): a phrase's words. */
const NOT_A_NAME_START = /^[一二三四五六七八九十两几每各该这那此其]/u;
const NAMES_ALONE = /^[\u4e00-\u9fff]{2,4}([ \u3000]+[\u4e00-\u9fff]{2,3}){0,3}$/u;

/**
 * Bare names right under a headline or its subtitle, with the text or its first section head below:
 * the byline without its label. A head's own second phrase is longer than a name, or spaced as one.
 */
function isBareNameByline(units: readonly TextUnit[], index: number, headline: readonly boolean[], roles: readonly LineRole[]): boolean {
  const unit = units[index];
  const above = units[index - 1];
  const next = units[index + 1];
  const plain = unit.lines[0].content.replace(/\*\*/gu, '').trim();
  if (unit.lines.length !== 1 || !above || !next || !NAMES_ALONE.test(plain) || NOT_A_NAME_START.test(plain) || ASKS_WORDS.test(plain) || AWARD_GRADE.test(plain) || CASE_SECTION_LABEL.test(plain)) return false;
  const line = unit.lines[0];
  if (line.markdownLevel > 0 || (!line.hasInnerSpace && line.width > 3 && !/^[\u4e00-\u9fff]{4}$/u.test(line.content))) return false;
  const headAbove = roles[index - 1] === 'paragraph' && (headline[index - 1] || above.lines.every((part) => part.headlineShaped || isQuestionHead(part) || part.subtitleDash));
  const aboveWidth = unitWidth(above);
  // A byline is not signed again under it: over the writers' names (诈骗 / 白雪 孙浩) the word is the headline's
  // wrapped tail. (Under a dashed subtitle it is the subtitle's, …社会治理 / 纪实, which a role cannot join: it stays.)
  const signedBelow = next.lines[0].byline || (!above.lines[0].subtitleDash && signsAbove(next.lines[0]));
  // (Names each led by a common surname need no head wider than they are: 网上立案五问五答 / 田晓燕 张磊.)
  return headAbove && (aboveWidth >= line.width + 3 || isSurnameLedNames(plain)) && !signedBelow && !next.lines[0].credit;
}

/**
 * A case story's head set over two lines, or three at a narrow measure (离婚时承诺房子 / 给女儿 反悔被驳 / 回, 草场转包未备案
 * 合同是否有 / 效？): each line a head's phrase or question, the last perhaps only the characters the measure carried down.
 */
function caseStoryHeadLines(unit: TextUnit): boolean {
  const { lines } = unit;
  if (lines.length < 2 || lines.length > 3 || unitWidth(unit) > MAX_HEADLINE_WIDTH * 2) return false;
  const carriedTail = (part: LineFeatures) => part === lines[lines.length - 1] && /^\p{Script=Han}{1,4}[？?！!]?$/u.test(part.content.trim());
  // (Two phrases parted by a space need no head's words over a case's section: 草场转包未备案 合同是否有.)
  const spacedPhrases = (part: LineFeatures) => part.hasInnerSpace && part.width <= MAX_HEADLINE_WIDTH && !/[，。；：、,;:]/u.test(part.content);
  // (A phrase may close on 了, as a story's does: 代放牧的羊死了 / 损失由谁担 — short and markless, it is the head's.)
  return lines.every((part) => part.headlineShaped || spacedPhrases(part) || isQuestionHead(part) || carriedTail(part) || isBarePhrase(part));
}


/** Text that closed: a sentence's end, or an item's source in brackets after it. */
const closesText = (line: LineFeatures) => line.endsSentence || SOURCE_AFTER_SENTENCE.test(line.content.trim());

/**
 * The role of each unit on the page, from what it looks like and what stands around it:
 * a headline is a title when a subtitle, byline or dateline follows it, when it follows a
 * closing credit, or when it opens the page; otherwise it is a section head.
 */
export function classifyUnits(units: readonly TextUnit[], context: BreakContext): LineRole[] {
  const roles: LineRole[] = units.map(() => 'paragraph');
  const first = (unit: TextUnit) => unit.lines[0];
  const last = (unit: TextUnit) => unit.lines[unit.lines.length - 1];
  // A punctuated headline (法润草原：…, 小案件，大民生, …注意了！) is one only where a subtitle, byline
  // or dateline proves it.
  // A roundup's item heads come as a set (二连浩特：…, 霍林郭勒：…): a place before a colon on a line of its own,
  // two places at least, wherever the colon keeps a line from looking like a head.
  const pageIndents = context.lines.some((line) => line.indented);
  const textBlocks = writesTextBlocks(context.lines);
  const itemLabels = new Set(units.filter(isItemHeadUnit).map((unit) => first(unit).content.trim().split(/[：:]/u)[0]));
  const headline = units.map((unit, index) => {
    if (isHeadlineUnit(unit) || isNarrowHeadRun(unit.lines, context.lines)) return true;
    if (itemLabels.size >= 2 && isItemHeadUnit(unit)) return true;
    // A question alone under the credit that closed the article above opens the next (“支部建在庭上”怎么建？):
    // nothing of a closed article stands after its credit.
    const above = units[index - 1];
    // (…and under an item closed by its source in brackets, …调解化解3起。（其其格）: a roundup's items are not asked.)
    if (above !== undefined && unit.lines.length === 1 && isQuestionHead(first(unit)) && ((first(above).credit && above.lines.length === 1) || isWrappedCredit(above) || questionAfterItemSource(above, unit))) return true;
    const next = units[index + 1];
    if (next === undefined) return false;
    // A byline below proves a head of any wording (网购“进口奶粉”是假货 / 消费者获三倍赔偿).
    const signedUnder = first(next).byline || first(next).subtitleDash || (next.lines.length === 1 && (COURT_SIGNATURE.test(first(next).content) || WRITERS_NAMES.test(first(next).content.trim()))) || isWrappedCourtSignature(next);
    if (isUnfinishedShortUnit(unit, NARROW_HEAD_LINES) && signedUnder) return true;
    // …and a long one with no mark but its quotes (莫力达瓦达斡尔族自治旗人民法院与旗司法局联合建立“法官+人民调解员”诉调对接工作机制):
    // a writer signs a headline, never a sentence.
    // (…and a dateline under it: a dateline opens an article's text, and what stands over it with no stop is its head,
    // 付了钱却没见到“对象” 达拉特旗法院发布三起婚介服务合同纠纷典型案例 / 达拉特讯 近年来，….)
    if ((first(next).byline || (first(next).dateline && !isHeadlineUnit(next))) && isLongMarklessHead(unit)) return true;
    // …and a punctuated one, by its court's writer too (“闪婚闪离”，彩礼该不该返还？ / 奈曼旗法院 张晓燕).
    if ((isPunctuatedHeadline(unit) || isWrappedPunctuatedHeadline(unit) || isLongSpacedPunctuatedHead(unit)) && (signedUnder || first(next).dateline)) return true;
    // A bare phrase alone between blank lines under a finished paragraph is a section's head, whatever its words (老物件是这样找回来的).
    // (Under a caption too, which closes on its photographer.)
    if (unit.lines.length === 1 && (isBareHanPhrase(first(unit)) || isQuotedSaying(first(unit))) && first(unit).gapBefore && first(next).gapBefore && index > 0 && (last(units[index - 1]).endsSentence || first(units[index - 1]).caption) && !first(next).startsForbidden) return true;
    // A question alone between blank lines over a case's bracketed section head (草场转包未备案 合同是否有效？ / 【案情】)
    // heads the case story: a section's question stands under text, not over the case's first section.
    // (Where no blank lines part the page, its two phrases set apart by a space show it. The section may be named
    // without brackets: 邻家稻田放水淹了玉米地 谁来赔？ / 基本案情.)
    // (…nor where paragraphs open indented and it does not, under an indented paragraph.)
    // (…nor where it opens on the column's name, 法官说法：订婚后分手，彩礼该不该还？: a section bears no column's name.)
    if (unit.lines.length === 1 && isQuestionHead(first(unit)) && ((first(unit).gapBefore && first(next).gapBefore) || first(unit).hasInnerSpace || (!first(unit).indented && above !== undefined && first(above).indented)) && next.lines.length === 1 && namesCaseSection(next)) return true;
    if (isColumnQuestionHead(unit) && next.lines.length === 1 && (BRACKETED_SECTION_HEAD.test(headText(next)) || CASE_SECTION_LABEL.test(headText(next)))) return true;
    // …and so does one set over two or three lines (好心捎带同村人出了车祸 / 司机要担责吗？ / 【案情】).
    if (caseStoryHeadLines(unit) && next.lines.length === 1 && BRACKETED_SECTION_HEAD.test(headText(next))) return true;
    // A question alone over an indented lead, with nothing but the masthead above it, opens the page
    // (“支部建在庭上”怎么建？ over an indented 近年来，…): a section's question head stands under text.
    // On a page that indents no paragraph, the lead cannot show it: the page's first line says it alone.
    return unit.lines.length === 1 && isQuestionHead(first(unit)) && isPunctuatedHeadline(unit) && (first(next).indented || !pageIndents) && units.slice(0, index).every((above) => above.lines.every((line) => line.pageFurniture || line.mastheadLike));
  });

  // A name with its unit in brackets (王晓燕（乌兰察布市中级人民法院）) signs an article once; one over or under
  // another is an entry of a list of names.
  // (Wrapped at a narrow measure, its lines read as one: 王丽娜（呼和浩特市中级人民法 / 院）.)
  const nameWithUnit = units.map((unit) => {
    const text = unit.lines.map((line) => line.content.replace(/\*\*/gu, '').trim()).join('');
    return (unit.lines.length === 1 && NAME_WITH_UNIT.test(text)) || (unit.lines.length <= 3 && isWholeEntry(text));
  });
  const listedName = nameWithUnit.map((named, index) => named && (nameWithUnit[index - 1] === true || nameWithUnit[index + 1] === true));
  // The signature, and a contact line right above it (联系电话：…), close the notice's text.
  const signature = units.map((_, index) => isSignature(units, index));
  units.forEach((unit, index) => {
    if (signature[index + 1] && !signature[index] && endsOnContact(unit)) signature[index] = true;
  });
  units.forEach((unit, index) => {
    const line = first(unit);
    if (signature[index]) roles[index] = 'paragraph';
    else if (line.pageFurniture && !isContactUnderHead(units, index)) roles[index] = 'furniture';
    else if ((line.byline && !listedName[index]) || isCourtSignature(units, index, headline, roles) || isBareNameByline(units, index, headline, roles)) roles[index] = 'byline';
    else if ((line.credit && unit.lines.length === 1) || isWrappedCredit(unit)) roles[index] = 'credit';
    // The photographer closes a caption, wherever the caption began.
    else if (line.caption || (unit.lines.length > 1 && PHOTOGRAPHER_END.test(unit.lines.map((part) => part.content).join('')))) roles[index] = 'caption';
  });

  // Between the credit that closed one article and the byline of the next stands a headline, whatever
  // its marks (（巴雅尔 孙婷） / 法官，离婚冷静期到底怎么 算 / 记者 宋佳宁).
  units.forEach((unit, index) => {
    if (roles[index] === 'paragraph' && !signature[index] && roles[index - 1] === 'credit' && roles[index + 1] === 'byline' && unit.lines.length <= 3 && unitWidth(unit) <= 40 && !last(unit).endsSentence && !last(unit).endsOpen) headline[index] = true;
  });
  // Headlines proven by what follows them (a subtitle, a byline, a dateline).
  const provenTitle = units.map((unit, index) => {
    const next = units[index + 1];
    const afterNext = units[index + 2];
    if (!headline[index] || !next) return false;
    if (first(next).subtitleDash || roles[index + 1] === 'byline' || (first(next).dateline && !headline[index + 1])) return true;
    return Boolean(afterNext && roles[index + 2] === 'byline' && unitWidth(next) <= 40 && !last(next).endsSentence);
  });
  const firstProven = provenTitle.indexOf(true);
  // Text closed by its credit right above the first proven headline was an article of its own
  // (云端调解 / 近日，… / （苏尼特左旗人民法院 敖其尔）): its head is a headline, not a slogan.
  // (A credit's own unit may count as proven by the byline under the headline that follows it.)
  const firstProvenHead = provenTitle.findIndex((proven, index) => proven && roles[index] === 'paragraph');
  const textClosedByCredit = firstProvenHead > 1 && roles[firstProvenHead - 1] === 'credit';
  // From each unit to the page's end, nothing but heads and furniture.
  const headsToEnd: boolean[] = units.map(() => false);
  for (let index = units.length - 1, all = true; index >= 0; index--) {
    all = all && ((headline[index] && roles[index] === 'paragraph') || roles[index] === 'furniture');
    headsToEnd[index] = all;
  }
  // On a page written block by block (pdftotext), a head that is a block of its own, blank lines on both sides, was set
  // larger than the text: an article's headline, on one line or wrapped on two. A section's head keeps to its column's
  // block. (Not a numbered or bracketed head, which names a section or item at any size, nor a subtitle's dashed line.)
  // (Under it, the text, or a column's label set as furniture, 审判纵横.)
  const isHeadBlock = (index: number) => {
    const unit = units[index];
    const next = units[index + 1];
    const line = first(unit);
    return textBlocks && next !== undefined && unit.lines.length <= 2 && line.gapBefore && first(next).gapBefore && ((roles[index + 1] === 'paragraph' && !headline[index + 1]) || roles[index + 1] === 'furniture') && unitWidth(unit) >= MIN_BAND_HEADLINE_WIDTH && !line.numberedHeading && !line.subtitleDash && !NUMBER_LED.test(line.content) && !BRACKETED_SECTION_HEAD.test(headText(unit)) && !CASE_SECTION_LABEL.test(headText(unit));
  };
  let titles = 0;
  /** The markdown level of the page's first headline (0: unmarked). */
  let titleMarkLevel = 0;
  let bodySeen = false;
  // The headline of the article being read names a roundup (…简讯): its items are signed one by one.
  let inRoundup = false;
  /** Heads of the roundup being read that open on a court's name (海南区法院召开审判委员会). */
  let courtItemHeads = 0;
  /** Heads of the article being read that name a place before a colon (二连浩特：…). */
  let placeItemHeads = 0;
  /** Items of the roundup being read that run into their text after their place and a colon (二连浩特：6月以来，…). */
  let placeRunIns = 0;
  units.forEach((unit, index) => {
    if (roles[index] !== 'paragraph' || signature[index]) return;
    const next = units[index + 1];
    const afterNext = units[index + 2];
    const previousRole = index > 0 ? roles[index - 1] : null;
    if (!headline[index]) {
      if (inRoundup && roles[index] === 'paragraph' && PLACE_RUN_IN.test(first(unit).content.replace(/\*\*/gu, '').trim())) placeRunIns++;
      // A date or a weekday alone (2025 年 2 月28日, 星期五) is the masthead's, even spaced: no text has begun.
      if (!unit.lines.every((part) => isDateAlone(part.content.replace(/[*#]/gu, '').trim()) || WEEKDAY.test(part.content.trim()))) bodySeen = true;
      return;
    }
    // Under text that closed on a colon (获奖名单如下：) stands what it announces: no article ends on a colon.
    const announced = index > 0 && previousRole === 'paragraph' && !signature[index - 1] && /[：:]$/u.test(last(units[index - 1]).content.replace(/\*\*/gu, '').trim());
    const line = first(unit);
    let title = false;
    // The text a head stands over: the next unit, or the one under a case's first section head (【案情】).
    const caseHeadBelow = next !== undefined && next.lines.length === 1 && CASE_SECTION_HEAD.test(first(next).content.trim()) && afterNext !== undefined && roles[index + 2] === 'paragraph';
    const lead = caseHeadBelow ? afterNext : next && !headline[index + 1] && roles[index + 1] === 'paragraph' ? next : undefined;
    // Under a byline or subtitle, the head of the article above is still open: a head there opens
    // its first section (【基本案情】), never an article with no text.
    const headOpenAbove = previousRole === 'byline' || previousRole === 'subtitle';
    // …unless a dateline opens the text under it: a dateline opens an article, never a section, so the
    // byline above was set beside this head and written before it (pdftotext).
    // A bracketed or numbered section head (【基本案情】) may still stand over the lead's dateline.
    // So does a byline of its own under it (乌海市中级人民法院 张宏伟, 苏日古嘎): two heads set side by side,
    // each over its byline, come out one after the other; a section head has no byline.
    // (A dashed subtitle there is the head's own, never a headline; nor is a case's section head, bold or not: **【基本案情】**.)
    // An official notice's whole headline (关于公开选任人民陪审员的公告) opens the notice even there: no section is so named.
    // (…nor a case's section named without its brackets, 基本案情, over the dateline that opens the story.)
    // (On a page written block by block, a head block under a byline: pdftotext wrote the byline, set smaller, before it.)
    if (headOpenAbove) title = isHeadBlock(index) || (next !== undefined && ((first(next).dateline && !headline[index + 1]) || ownBylineUnder(next) || OFFICIAL_DOCUMENT_TITLE.test(headText(unit))) && !/^[【[]/u.test(line.content.replace(/^\*\*/u, '')) && !line.numberedHeading && !line.subtitleDash && !CASE_SECTION_LABEL.test(headText(unit)));
    else if (next && (first(next).subtitleDash || roles[index + 1] === 'byline' || (first(next).dateline && !headline[index + 1]))) title = true;
    // (A list's numbered item, 12.孙丽 海南区人民法院, is no headline over the head and byline under it.)
    // (Nor is a section's name of a word or two under the masthead band, over a head that opens on its court's or column's
    // label, 法院文化 / 武川县法院：23个“共享法庭”开到村委会: a subtitle never opens on a label.)
    // (Nor is an indented line over an unindented head: a head's lines are set alike, and the indented one is a list's last entry;
    // nor the last of courts named one to a line.)
    else if (next && afterNext && roles[index + 2] === 'byline' && roles[index + 1] === 'paragraph' && unitWidth(next) <= 40 && !last(next).endsSentence && !line.listItem && !(unitWidth(unit) <= SECTION_NAME_WIDTH && (index === 0 || previousRole === 'furniture') && COLUMN_LABEL.test(headText(next))) && !(line.indented && !first(next).indented) && !(index > 0 && COURT_NAME.test(headText(unit)) && COURT_NAME.test(headText(units[index - 1])))) {
      title = true;
      // The title's second line goes on with it (segmentArticles joins two titles with nothing between).
      roles[index + 1] = isSecondHeadLine(unit, next) ? 'title' : 'subtitle';
    } else if (questionAfterItemSource(units[index - 1], unit) && next !== undefined && roles[index + 1] === 'paragraph' && !headline[index + 1]) title = true;
    // After a roundup's items run in after their places (二连浩特：…, 阿尔山：…), a head over text that names no place
    // opens the next article: the roundup's every item opens on its place.
    else if (placeRunIns >= 2 && lead !== undefined && lead === next && !PLACE_RUN_IN.test(headText(unit)) && !PLACE_RUN_IN.test(first(next).content.trim()) && !isSetItemHead(unit) && (last(units[index - 1]).endsSentence || SOURCE_AFTER_SENTENCE.test(headText(units[index - 1])))) title = true;
    else if (((previousRole === 'credit' || (previousRole === 'furniture' && titles > 0)) && !line.numberedHeading && !NUMBER_LED.test(line.content.replace(/\*\*/gu, '')) && !(inRoundup && previousRole === 'credit' && signsRoundupItem(units[index - 1], unit, courtItemHeads)) && !(previousRole === 'credit' && placeItemAfterSource(unit, placeItemHeads))) || signature[index - 1]) title = true;
    // A notice's headline names its genre (…公告, …通告, …名单): it opens a notice, never a section.
    // (…or an item's source in brackets after its last sentence, wrapped or not: …观摩庭审。（科右前旗 / 法院）.)
    else if (NOTICE_HEADLINE.test(headText(unit)) && (index === 0 || last(units[index - 1]).endsSentence || SOURCE_AFTER_SENTENCE.test(headText(units[index - 1])) || isDateAlone(last(units[index - 1]).content) || roles[index - 1] === 'furniture' || OFFICIAL_DOCUMENT_TITLE.test(headText(unit)))) title = true;
    // A roundup's headline (全区法院工作简讯) over an item's head that opens on its court or place opens the
    // roundup, whatever ended above it (a list's last name, a sentence left without its stop).
    // (The item's head may run into its text, the court and a space before the news: 石拐区法院 近日，….)
    // (…or its place and a colon: 临河区：3月12日，….)
    else if (next && unit.lines.length === 1 && ROUNDUP_HEADLINE.test(headText(unit)) && unitWidth(unit) >= MIN_ROUNDUP_HEADLINE_WIDTH && ((headline[index + 1] && (COURT_LED_HEAD.test(headText(next)) || PLACE_ITEM_HEAD.test(headText(next)))) || COURT_SPACED_ITEM_HEAD.test(headText(next)) || PLACE_RUN_IN.test(first(next).content.trim()))) title = true;
    // One set over two lines that the extractor set apart (呼伦贝尔市中级人民法院2025年 / 公开招聘聘用制书记员公告),
    // or over three of a narrow column, two of them read as one unit (关于12368诉 讼服务热线升 / 级运行的公告):
    // a name that long is no section's, even under a paragraph cut off at its column's foot.
    // (Its two parts are set alike: an indented court over an unindented headline is a list's last entry.)
    else if (next && headline[index + 1] && unit.lines.length + next.lines.length <= 3 && !(line.indented && !first(next).indented) && roles[index + 1] === 'paragraph' && !PUBLICATION.test(headText(unit)) && !NOTICE_HEADLINE.test(headText(unit)) && !isSectionNameOverNotice(unit, next) && NOTICE_HEADLINE.test(headText(unit) + headText(next)) && unitWidth(unit) + unitWidth(next) >= LONG_NOTICE_HEADLINE_WIDTH) {
      title = true;
      roles[index + 1] = 'title';
    }
    // A head of two phrases right over a bracketed section head (草场边界起纷争 巡回法官马背上调解 / 【案情】)
    // opens a case story: a section's own head is not set over the first section of it.
    // (A question so set, 草场转包未备案 合同是否有效？, under an item closed by its source in brackets, too.)
    // (…or over a case's section named without brackets, ### 案情简介, and under a caption that closed the story above.)
    // (Its two phrases may stand on two lines: 烧荒引燃草原林地 / 被告人担刑责补植复绿 / 【基本案情】.)
    // (First under the masthead too: the case's section under it is never the page's headline.)
    else if (next && (((line.phraseSpaced || isQuestionHead(line)) && unit.lines.length === 1) || caseStoryHeadLines(unit) || isColumnQuestionHead(unit)) && namesCaseSection(next) && ((titles === 0 && !bodySeen) || (index > 0 && (closesText(last(units[index - 1])) || roles[index - 1] === 'caption' || first(units[index - 1]).listItem)))) title = true;
    // A headline right over the first of a set of heads that each name a place or court (托克托县：… / 科右中旗：…)
    // opens a roundup whatever its words (各地法院多措并举推进诉源治理): a section is not headed over its set.
    // (Its two phrases may stand on two lines, 各地法院多措并举 / 推进诉源治理.)
    // (…or by their court and a space, 开鲁县法院 巡回审判护春耕; and first under the masthead too.)
    else if (next && headline[index + 1] && (unit.lines.length === 1 || (unit.lines.length === 2 && unitWidth(unit) <= MAX_HEADLINE_WIDTH)) && !isSetItemHead(unit) && !CASE_SECTION_HEAD.test(headText(unit)) && isSetItemHead(next) && units.slice(index + 2).some((later, offset) => headline[index + 2 + offset] && isSetItemHead(later)) && ((titles === 0 && !bodySeen) || (index > 0 && (last(units[index - 1]).endsSentence || roles[index - 1] === 'caption')))) title = true;
    // Among a roundup's items headed by their places, a head that names none, over a lead and then items headed by
    // places again (…（阿荣旗法院） / 各地法院开展“送法进牧区”活动 / 秋季转场前后，… / 科右中旗：…): the next roundup's
    // headline. Its items are headed alike, so a section of this one would name its place too.
    else if (placeItemHeads >= 2 && lead !== undefined && lead === next && afterNext !== undefined && headline[index + 2] && isItemHeadUnit(afterNext) && !isItemHeadUnit(unit) && !PLACE_ITEM_HEAD.test(headText(unit)) && index > 0 && (last(units[index - 1]).endsSentence || SOURCE_AFTER_SENTENCE.test(headText(units[index - 1])))) title = true;
    // A roundup's headline (…简讯, …动态) stands over its first item's head, not over a lead.
    // (On one line or two: MuPDF may break it at its measure, 全区法院新 / 闻速递.)
    // (…or under the last item of the roundup before it, closed by its source: …调解。（李强） / 巴彦淖尔法院 / 工作掠影.)
    else if (next && headline[index + 1] && unit.lines.length <= 2 && ROUNDUP_HEADLINE.test(headText(unit)) && (index === 0 || roles[index - 1] === 'furniture' || roles[index - 1] === 'credit' || roles[index - 1] === 'caption' || last(units[index - 1]).endsSentence || SOURCE_AFTER_SENTENCE.test(headText(units[index - 1])))) title = true;
    // A head block on a page written block by block is an article's headline (see isHeadBlock), whatever stands above it; but
    // not a second head block under a headline, which pdftotext writes for two heads set side by side: it stays a head of the text.
    else if (roles[index - 1] !== 'title' && isHeadBlock(index)) title = true;
    // …and such a head comes out after the text it heads where its block is ordered by where its lines fall: heads with
    // nothing but heads under them, after the page's text, are headlines printed after their bodies: blocks of their own,
    // a blank line above (a head wrapped over lines with no blank between is one, a head block under a headline is not; the
    // reading-order repair gives each its text).
    else if (textBlocks && bodySeen && headsToEnd[index] && line.gapBefore === (roles[index - 1] !== 'title') && unitWidth(unit) >= MIN_BAND_HEADLINE_WIDTH && !line.numberedHeading && !BRACKETED_SECTION_HEAD.test(headText(unit))) title = true;
    // Set apart by blank lines on both sides after finished text (or a closing credit), it is a block of its own across the
    // columns (pdftotext writes each text block apart), whatever stands under it.
    // (So is a question and a phrase set apart by a space, 微信聊天记录能当借款证据吗？ 卓资县法院法官答疑: a section's head
    // asks its question alone.)
    // (…on one line, or wrapped at a narrow measure: 微信聊天记录能当 / 借款证据吗？ 卓 / 资县法院法官答疑.)
    else if (next && (unit.lines.length === 1 || QUESTION_THEN_PHRASE.test(headText(unit))) && (ROUNDUP_HEADLINE.test(headText(unit)) || ((isQuestionThenPhrase(line) || QUESTION_THEN_PHRASE.test(headText(unit))) && roles[index + 1] === 'paragraph')) && unitWidth(unit) >= MIN_LEAD_HEADLINE_WIDTH && line.gapBefore && first(next).gapBefore && index > 0 && (last(units[index - 1]).endsSentence || /[)）]$/u.test(last(units[index - 1]).content))) title = true;
    // A head marked at the level of the page's first headline (## …) opens an article too, under finished text: the page marks
    // its sections a level deeper (###) or in bold.
    else if (titleMarkLevel > 0 && line.markdownLevel === titleMarkLevel && unit.lines.length === 1 && lead !== undefined && index > 0 && (closesText(last(units[index - 1])) || roles[index - 1] === 'caption' || roles[index - 1] === 'credit')) title = true;
    // A headline right over a lead opens the page's first article, proven titles below or not; a
    // slogan of a word or two (20年 / 信仰) set there is masthead furniture.
    // A publication's name over the masthead's date or page label (法院专刊 / 2025 年 2 月28日) is the masthead's.
    else if (titles === 0 && !bodySeen && !(PUBLICATION.test(line.content.replace(/[*#]/gu, '').trim()) && next !== undefined && (first(next).pageFurniture || isDateAlone(first(next).content.replace(/[*#]/gu, '').trim()))) && (firstProven < 0 || firstProven === index || (textClosedByCredit && index < firstProvenHead - 1 && unit.lines.length === 1) || line.phraseSpaced || line.markdownLevel > 1 || ((Math.max(...unit.lines.map((line) => line.width)) >= MIN_LEAD_HEADLINE_WIDTH && opensLead(lead)) || (unitWidth(unit) >= MIN_BAND_HEADLINE_WIDTH && underMastheadBand(units, index)))) && lead !== undefined) title = true;
    // A list's item right under another (4.白雪 青山区人民法院 / 5.郭美玲 东河区人民法院) is the list's, however head-like:
    // the headline under it (…招聘聘用制书记员公告) opens the next article alone.
    if (title && line.listItem && index > 0 && first(units[index - 1]).listItem) title = false;
    if (announced) title = false;
    // In a roundup, a head over text that opens on its court and a space or its place and a colon (五原县法院 五原县人民法院
    // 组织…, 二连浩特：…) heads the next item, whatever closed the item above (its source in brackets).
    // (A court and its writer under the head, 准格尔旗人民法院 杜晓燕, sign the next article instead.)
    if (title && inRoundup && next !== undefined && roles[index + 1] === 'paragraph' && !COURT_SIGNATURE.test(first(next).content.trim()) && !ROUNDUP_HEADLINE.test(headText(unit)) && (COURT_SPACED_ITEM_HEAD.test(first(next).content.trim()) || PLACE_RUN_IN.test(first(next).content.trim()))) title = false;
    if (title) {
      roles[index] = 'title';
      if (titles === 0) titleMarkLevel = line.markdownLevel;
      titles++;
      inRoundup = ROUNDUP_HEADLINE.test(headText(unit));
      courtItemHeads = 0;
      placeItemHeads = 0;
      placeRunIns = 0;
      if (next && first(next).subtitleDash && roles[index + 1] === 'paragraph') roles[index + 1] = 'subtitle';
    } else if (titles === 0 && !bodySeen) {
      roles[index] = 'furniture';
    } else {
      roles[index] = 'heading';
      if (inRoundup && COURT_LED_HEAD.test(headText(unit))) courtItemHeads++;
      if (isItemHeadUnit(unit)) placeItemHeads++;
    }
  });

  // Captions that are only short picture descriptions, inside articles.
  let positions: Map<LineFeatures, number> | null = null;
  const inColumn = (line: LineFeatures) => {
    positions ??= new Map(context.lines.map((candidate, position) => [candidate, position]));
    return context.columnWidths[positions.get(line) ?? -1] != null;
  };
  let inArticle = false;
  units.forEach((_, index) => {
    if (roles[index] === 'title') inArticle = true;
    if (inArticle && roles[index] === 'paragraph' && index > 0 && roles[index - 1] !== 'title' && roles[index - 1] !== 'subtitle' && roles[index - 1] !== 'byline' && isShortCaption(units, index, inColumn)) {
      roles[index] = 'caption';
    }
  });

  // Above the first title: mastheads, slogans and pull quotes are furniture; long text is body.
  const firstTitle = roles.indexOf('title');
  // A page that opens with its headline, no masthead over it, may have set it over several lines
  // at a narrow measure (鄂尔多斯 / 包头两地法院 / 护航民营经济发展亮点纷呈): the short head lines
  // in one block with the title are its first phrases, one to a line (a slogan's words, 20年 信仰, are shorter).
  const headBlock = firstTitle > 0 && units.slice(0, firstTitle + 1).every((unit, index) => (index === 0 || !first(unit).gapBefore) && unit.lines.every((line) => line.headlineShaped && (index === firstTitle || (line.width >= MIN_LEAD_HEADLINE_WIDTH && !line.hasInnerSpace)) && !line.pageFurniture && !line.mastheadLike && !isDateAlone(line.content)));
  if (headBlock) for (let index = 0; index < firstTitle; index++) roles[index] = 'title';
  else if (firstTitle > 0) {
    for (let index = 0; index < firstTitle; index++) {
      const unit = units[index];
      const text = first(unit).content;
      const isPullQuote = (unit.lines.length > 1 && last(unit).attribution) || PULL_QUOTE.test(unit.lines.map((line) => line.content).join(''));
      const short = unitWidth(unit) <= TOP_FURNITURE_WIDTH && !last(unit).endsSentence;
      if (roles[index] === 'furniture' || isPullQuote || PUBLICATION.test(text) || INSTITUTION.test(text) || (short && first(unit).markdownLevel <= 1)) {
        roles[index] = 'furniture';
      } else {
        break;
      }
    }
  }
  return roles;
}
