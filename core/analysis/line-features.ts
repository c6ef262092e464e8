import { FORBIDDEN_LINE_START, OPENERS, endsSentence } from './character-classes';
import { displayWidth } from './display-width';
import { gapsFrameBlocks, isSectionLabel } from './section-label';
import { startsNewPage, textForFeatures } from './extractor-artifacts/feature-text';
import { COURT_SIGNATURE, WRITERS_NAMES, INSTITUTION, PUBLICATION, ATTRIBUTION, BYLINE, CAPTION, CONTACT, DATELINE, DATELINE_RUN_IN, EDITORIAL_CREDITS, CASE_NUMBER, EDITORIAL_LABEL, HAN_DATE, JUMP_LINE, NUMBERED_HEADING, PAGE_DATE, PAGE_LABEL, WEEKDAY, QUESTION_TAIL_LINE, isCredit } from './line-patterns';

/** What one non-empty raw line says about itself. */
export interface LineFeatures {
  /** Raw line index. */
  index: number;
  raw: string;
  /** Without leading/trailing whitespace and markdown marks. */
  content: string;
  width: number;
  /** Cells taken by a first-line indent (two per U+3000). */
  indentWidth: number;
  /** Starts with a first-line indent (U+3000 or two or more spaces). */
  indented: boolean;
  /** Number of leading `#`, 0 if none. */
  markdownLevel: number;
  /** One or more blank lines before this line. */
  gapBefore: boolean;
  endsSentence: boolean;
  /** Ends with a mark that cannot end a sentence (，、；：or an opener). */
  endsOpen: boolean;
  startsForbidden: boolean;
  /** Short, no punctuation inside, no sentence end: may be a headline or section head. */
  headlineShaped: boolean;
  hasInnerSpace: boolean;
  /** Two phrases separated by a space, as headlines are set (仲夏时节话法治 开门纳谏听民声). */
  phraseSpaced: boolean;
  /** A masthead item printed alone: a publication or institution name. */
  mastheadLike: boolean;
  byline: boolean;
  dateline: boolean;
  subtitleDash: boolean;
  credit: boolean;
  caption: boolean;
  attribution: boolean;
  pageFurniture: boolean;
  numberedHeading: boolean;
  /** Opens with a list number (1. / （一） / 一、), whatever its length or ending. */
  listItem: boolean;
}

const INNER_PUNCTUATION = /[，。；！？、,;!?]|：(?!$)/u;
/**
 * A headline of the form 单位：主题 (东乌旗法院：普法宣讲走进牧区): a short lead naming a body, a
 * place or a column (专访：把“枫桥经验”写在兴安大地上), a colon, then the topic. Its colon is not the colon of running text
 * (…表示：“…), whose lead ends in a verb of saying. A feature's sections may be led by a season or a time of day
 * (春：地界纠纷“量”出来, 凌晨：…).
 */
export const LEAD_COLON = /^([\u4e00-\u9fff]{2,12}(法院|院|庭|局|厅|委|办|站|所|中心|队|组|团|处|科|室|会|部|馆|校|旗|县|区|市|盟|州|镇|乡|村|嘎查|苏木|社区|法官|记者|手记|说法|释法|院长|课堂|讲堂|纪实|链接|观察|案例|心声|一线)|专访|访谈|评论|述评|调查|聚焦|特写|侧记|随笔|时评|快评|[春夏秋冬][天季]?|清晨|早晨|上午|中午|午后|下午|傍晚|深夜|凌晨)[：:](?=[\u4e00-\u9fff“《])/u;
// Headlines are phrases, not sentences: a copula, a demonstrative or a modal particle betrays a
// sentence fragment that only looks short (“法治副校长”宣讲团就是这支“引擎”). 那 is a demonstrative
// only before a measure word or 样/里/么; elsewhere it spells a name (那达慕, 那曲).
const SENTENCE_WORDS = /是|这|那(?=[个些样里么种位次一就才也时支条项名件份批场段句天年])|吗|呢|吧|了$/u;
/** A contact label after other masthead text on the same line: `内蒙古自治区高级人民法院 邮箱：…`. */
const CONTACT_INSIDE = /\s(邮箱|电子邮箱|E-?mail|电话|传真|地址|邮编|网址|责任编辑|校对|美编|版式)\s*[:：]/iu;
/** The longest headline we expect on one line, in display cells. */
export const MAX_HEADLINE_WIDTH = 30;
/** Each phrase of a two-part headline is at most this wide (创新四项机制 / 夯实“基础星”); longer lines are one wrapped phrase. */
export const HEADLINE_PART_WIDTH = 12;
/** A subtitle set without its dash runs to at least this many characters; a headline's second phrase is shorter. */
export const SUBTITLE_MIN_WIDTH = 14;
/** …unless it names no one and no genre: a headline's second phrase may run this long (“石榴籽”调解室成了牧民贴心人). */
const SECOND_PHRASE_MAX_WIDTH = 20;
/** How a subtitle set without its dash names whom or what it portrays: 记…, 访…, …的侧记, …法院法官解读…. */
const SUBTITLE_WORDS = /^(记|访)|侧记|纪实|走笔|手记|素描|巡礼|综述|解读|法院|法庭|中院|法官/u;
/** The genres a subtitle names (…工作纪实, …的侧记, …法官解读…). */
const SUBTITLE_GENRE = /^(记|访)|侧记|纪实|走笔|手记|素描|巡礼|综述|解读/u;
/** A court and what it did, the news a headline's second phrase tells (…法院判处…, …法院首次网络司法拍卖…). */
const COURT_ACT = /(法院|法庭|中院)[\u4e00-\u9fff]{0,6}?(判处|判令|判决|审结|发布|出台|促成|化解|追回|执结|开展|启动|设立|推出|召开|建成|作出|发出|拍卖|审理|受理|调解|签订|举办|建立)/u;
/** A figure with its unit: a result counted (执结案件1536件, 达98.7%, 追回工资2100余万元). */
const COUNTED_RESULT = /\d(?:[\d.]*)(?:余|多)?(?:%|件|万元|亿元|元|亩|名|人|起|家|场|个百分点)/u;

/**
 * A line under a headline that is its second phrase, not a subtitle set without its dash: short, or
 * up to a long phrase's width when it names no court, no one portrayed and no genre.
 */
export function secondPhraseWide(line: Pick<LineFeatures, 'width' | 'content'>, above = ''): boolean {
  if (/^(记|访)/u.test(line.content)) return false;
  if (line.width < SUBTITLE_MIN_WIDTH) return true;
  if (line.width > SECOND_PHRASE_MAX_WIDTH) return false;
  // A court's result counted out (乌审旗法院审限内结案率达98.7%) is news told, not the one a subtitle portrays; so is a
  // court's act under a topic (申请人自诉拒执罪 / 察右中旗法院判处被执行人有期徒刑八个月). Under a head naming its own court
  // (乙县法院审结… / 丙区法院开展…) it is another article's headline.
  const courtAct = COURT_ACT.test(line.content) && !/(法院|法庭|中院)/u.test(above);
  return !SUBTITLE_WORDS.test(line.content) || ((COUNTED_RESULT.test(line.content) || courtAct) && !SUBTITLE_GENRE.test(line.content));
}

/** A short phrase without any mark (quotes and title marks aside): a head's phrase, never a sentence. */
export function isBarePhrase(line: Pick<LineFeatures, 'width' | 'content'>): boolean {
  return line.width <= HEADLINE_PART_WIDTH && !/\p{P}/u.test(line.content.replace(/[“”《》]/gu, ''));
}

/**
 * A question, a space, then a bare phrase (父母离异后孩子跟谁？ 法院听取八岁孩子意见): a two-part
 * headline set on one line. Running text puts no space after its question mark; a row of two columns
 * that pdftotext wrote as one has a pause or a sentence in one of its parts.
 */
export const QUESTION_THEN_PHRASE = /^[^\s，。；：、！？!?]{5,16}[？！] [^\s，。；：、！？!?]{4,14}$/u;

export function isQuestionThenPhrase(line: LineFeatures): boolean {
  const text = line.content.replace(/\*\*/gu, '').trim();
  return line.width <= MAX_HEADLINE_WIDTH && QUESTION_THEN_PHRASE.test(text) && isBarePhrase({ width: displayWidth(text.slice(text.indexOf(' ') + 1)), content: text.slice(text.indexOf(' ') + 1) });
}

/**
 * A bare phrase of Han words only (quotes and title marks whole, no digit, no Latin): set apart by blank
 * lines under a finished paragraph, a section's head whatever its words (老物件是这样找回来的).
 */
export function isBareHanPhrase(line: Pick<LineFeatures, 'width' | 'content'>): boolean {
  const opened = (line.content.match(/“/gu) ?? []).length;
  return line.width >= 4 && isBarePhrase(line) && /^[\u4e00-\u9fff“”《》]+$/u.test(line.content) && opened === (line.content.match(/”/gu) ?? []).length;
}

/**
 * A saying quoted whole, pauses and all, with no sentence's end inside (“只要牧民需要，我就在”): set apart by blank lines
 * under a finished paragraph, a section's head as much as a bare phrase is.
 */
export function isQuotedSaying(line: Pick<LineFeatures, 'content'>): boolean {
  return /^“[\u4e00-\u9fff，、]{4,18}”$/u.test(line.content.replace(/\*\*/gu, '').trim());
}

/** A short line closing on ？ or ！ with no other sentence mark: the last phrase of a headline, where one is proven. */
/** Cells of a question's tail so short (赔？, 谁来赔？) that it stands under any unfinished line it ends, head or not. */
const QUESTION_TAIL_WIDTH = 3;

/** A question's last word or two alone with its mark: too short for any head, byline or paragraph to stand on. */
export function isShortQuestionTail(line: LineFeatures): boolean {
  return line.width <= QUESTION_TAIL_WIDTH && QUESTION_TAIL_LINE.test(line.content.trim());
}

export function isQuestionHead(line: LineFeatures): boolean {
  return line.width <= MAX_HEADLINE_WIDTH && /[？！?!][”’]?$/u.test(line.content) && !/[。；;]/u.test(line.content) && !/[？！?!]./u.test(line.content.replace(/[？！?!][”’]?$/u, ''));
}

const CASE_HEAD_OPENING = /^案例[一二三四五六七八九十\d]+[：:\s\u3000]/u;

/** A case's head (案例一：非法猎捕狍子案) on up to three lines: its number, then the case's name with no pause in it. */
export function isCaseHead(lines: readonly LineFeatures[]): boolean {
  // (Set in bold where markdown survives: **案例二：刘某等人集资诈骗案**.)
  const text = (line: LineFeatures) => line.content.replace(/\*\*/gu, '');
  return lines.length > 0 && lines.length <= 3 && CASE_HEAD_OPENING.test(text(lines[0])) && lines.every((line) => !/[，。；、,;]|[！？!?](?!$)/u.test(text(line).replace(CASE_HEAD_OPENING, '')));
}

/** A line that signs what stands above it: a byline by its label, the writers' names, a court and its writers. `text`: the line as read. */
export function signsAbove(line: LineFeatures, text = line.content.trim()): boolean {
  return line.byline || WRITERS_NAMES.test(text) || COURT_SIGNATURE.test(text);
}

/** What stands right under a headline and proves it one: a byline (with or without its label), a subtitle, a dateline. */
export function provesHeadAbove(line: LineFeatures, text = line.content): boolean {
  return line.subtitleDash || line.dateline || signsAbove(line, text);
}

/** A label and a telephone number (举报电话:0470-0000000): a notice's contact line, never a head. */
const PHONE_AFTER_LABEL = /[：:]\s*[\d\-－—]{7,}/u;

/**
 * A masthead row: the publication, the issue date and the page label printed on one line in any
 * combination (`法院专刊 06版`, `2025年06月27日 05版`, `法院专刊 2025年10月24日 第8版`).
 */
/**
 * A masthead's date and page label set solid again where stray spaces parted them (`2025 年 3 月 28 日`,
 * `03 版`, `第 6 版`): on a row of masthead items they are items, not words of a sentence.
 */
function solidMastheadItems(plain: string): string {
  return plain
    .replace(/(^|\s)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?=\s|$)/gu, '$1$2年$3月$4日')
    .replace(/(^|\s)(第\s*)?([A-Z]?\d{1,3})\s*版(?=\s|$)/gu, (_, space: string, label: string | undefined, number: string) => `${space}${label ? '第' : ''}${number}版`);
}

function isMastheadRow(plain: string): boolean {
  if (!/\S\s+\S/u.test(plain) || !/版|日/u.test(plain)) return false;
  const items = solidMastheadItems(plain).split(/\s+/u);
  if (items.length < 2 || items.length > 4) return false;
  const dated = items.some((item) => PAGE_LABEL.test(item) || PAGE_DATE.test(item));
  return dated && items.every((item) => PAGE_LABEL.test(item) || PAGE_DATE.test(item) || PUBLICATION.test(item) || WEEKDAY.test(item));
}

/** A page's section name (版面名: 综合新闻, 基层风采): a few characters, never ending on a function word. */
const SECTION_ITEM = /^[\u4e00-\u9fff]{2,5}$/u;

/**
 * Masthead items, the page's section name, the page's editorial credits, on one line in that
 * order, at least two of the three kinds: `第6版 责任编辑 刘洋`, `02版 综合新闻`,
 * `基层风采 责任编辑 王静`, `第 6 版 责任编辑 王静` (a page label with stray spaces).
 */
function isMastheadCreditsRow(plain: string): boolean {
  // Two of the three items need two words: a line without a space (most lines) is none.
  if (!/\s/u.test(plain)) return false;
  const items = solidMastheadItems(plain).split(/\s+/u);
  let at = 0;
  while (at < items.length && (PAGE_LABEL.test(items[at]) || PAGE_DATE.test(items[at]) || PUBLICATION.test(items[at]) || WEEKDAY.test(items[at]))) at++;
  const masthead = at > 0;
  const section = at < items.length && SECTION_ITEM.test(items[at]) && !/[的之和与及在对把被]$/u.test(items[at]) && !EDITORIAL_LABEL.test(items[at]);
  if (section) at++;
  const credits = at < items.length && EDITORIAL_CREDITS.test(items.slice(at).join(' '));
  if (!credits && at < items.length) return false;
  return [masthead, section, credits].filter(Boolean).length >= 2;
}

export function stripMarkdown(text: string): { content: string; level: number } {
  let content = text.trim();
  let level = 0;
  const heading = /^(#{1,6})\s*/u.exec(content);
  if (heading) {
    level = heading[1].length;
    content = content.slice(heading[0].length);
  }
  if (/^>\s/u.test(content)) content = content.slice(2);
  return { content: content.trim(), level };
}

/**
 * Two runs of Han words and one space between them, nothing else: a headline's two phrases, whatever demonstrative or
 * particle they hold (买卖二手车 这四个问题要弄清, 孩子在校园受伤 学校要担责吗). Running text sets no space between Han
 * phrases. (A copula still betrays a sentence: pdftotext merges two columns' lines with a space, 网购“进口奶粉”是假货 消费者获.)
 */
const TWO_HAN_PHRASES = /^[\u4e00-\u9fff“”《》\d]{2,} [\u4e00-\u9fff“”《》\d]{2,}$/u;

/** A first-line indent: an ideographic space, a tab, or two spaces or more. */
const INDENT = /^(\u3000|\t|\s{2,})/u;

export function extractLineFeatures(index: number, raw: string, gapBefore: boolean): LineFeatures {
  const { content, level } = stripMarkdown(raw);
  const plain = content.replace(/\*\*/g, '');
  const width = displayWidth(plain);
  const last = plain[plain.length - 1] ?? '';
  const ends = endsSentence(plain);
  // A space between two Han phrases, not the stray space of `20 年` or `12 项`.
  const hasInnerSpace = /\s/u.test(plain) && /[^\s\x21-\x7e]\s+[^\s\x21-\x7e]/u.test(plain);
  const listItem = NUMBERED_HEADING.test(plain);
  const numberedHeading = listItem && width <= MAX_HEADLINE_WIDTH && !ends;
  // A date alone (a notice's signature date, a masthead date) is no headline's phrase.
  // A dateline run into its text (本报赤峰讯为依法保护) opens a paragraph as surely as a spaced one.
  const dateline = DATELINE.test(content) || DATELINE_RUN_IN.test(plain);
  // A headline's second phrase may close on 了 (网围栏越界二十米 调解员现场量清了); a sentence's fragment
  // has no space between phrases.
  const sentenceText = plain.replace(/\s+/g, '');
  // A date set in by a paragraph's indent (2025年3月5日 after two ideographic spaces) signs a notice; the masthead's date stands flush.
  const indentedDate = INDENT.test(raw);
  const headlineShaped =
    !dateline && !PAGE_DATE.test(plain) && !HAN_DATE.test(plain) && !CASE_NUMBER.test(plain) && !PHONE_AFTER_LABEL.test(plain) && width >= 1 && width <= MAX_HEADLINE_WIDTH && !ends && !'，、；：,;:'.includes(last) && !OPENERS.includes(last) &&
    !INNER_PUNCTUATION.test(plain.replace(NUMBERED_HEADING, '').replace(LEAD_COLON, '')) && ((TWO_HAN_PHRASES.test(plain) && !plain.includes('是')) || !SENTENCE_WORDS.test(hasInnerSpace ? sentenceText.replace(/了$/u, '') : sentenceText));
  return {
    index,
    raw,
    content,
    width,
    // (A tab, as a word processor's copy may set the indent, takes two cells.)
    indentWidth: displayWidth((/^[\s\u3000]*/u.exec(raw)?.[0] ?? '').replace(/\t/gu, '  ')),
    indented: INDENT.test(raw) && !/^\s*$/u.test(raw),
    markdownLevel: level,
    gapBefore,
    endsSentence: ends,
    endsOpen: '，、；：,;:'.includes(last) || OPENERS.includes(last),
    startsForbidden: FORBIDDEN_LINE_START.includes(plain[0] ?? '') && !plain.startsWith('……'),
    headlineShaped,
    hasInnerSpace,
    phraseSpaced: headlineShaped && /[\u4e00-\u9fff“”《》][ \u3000]+[\u4e00-\u9fff“《]/u.test(plain),
    mastheadLike: !/^[\s\u3000]/u.test(raw) && width <= 16 && (PUBLICATION.test(plain) || INSTITUTION.test(plain)),
    byline: BYLINE.test(plain) && width <= 40 && !/[，。；！？]/u.test(plain),
    dateline,
    subtitleDash: /^——/u.test(plain) && !/^——.{0,12}[。！？]/u.test(plain),
    credit: isCredit(plain),
    caption: /[▲△■◆摄图]/u.test(plain) && CAPTION.test(plain) && width <= 60,
    attribution: ATTRIBUTION.test(plain),
    // A masthead date is set solid; `2024 年 9 月 10 日` with spaces is body text split by OCR.
    pageFurniture: CONTACT.test(plain) || EDITORIAL_CREDITS.test(plain) || EDITORIAL_LABEL.test(plain) || JUMP_LINE.test(plain) || CONTACT_INSIDE.test(plain) || (PAGE_DATE.test(plain) && !/\d\s+年|年\s+\d/u.test(plain) && !indentedDate) || PAGE_LABEL.test(plain) || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+(第\s*)?[A-Z]?\d{1,3}\s*版$/u.test(plain) || isMastheadRow(plain) || isMastheadCreditsRow(plain),
    numberedHeading,
    listItem,
  };
}

/**
 * Features of every non-empty line, in raw order. Blank lines only mark `gapBefore`; so does a
 * form feed (a PDF page boundary). Features are read from the line as the extractor should have
 * written it (`textForFeatures`); `raw` stays the line as it stands.
 */
export function extractPageLines(rawLines: readonly string[]): LineFeatures[] {
  const result: LineFeatures[] = [];
  let gap = false;
  for (let index = 0; index < rawLines.length; index++) {
    const text = rawLines[index];
    if (/^[\s*#]*$/u.test(text)) {
      gap = true;
      continue;
    }
    const repaired = textForFeatures(text);
    const features = extractLineFeatures(index, repaired, (gap || startsNewPage(text)) && result.length > 0);
    if (repaired !== text) features.raw = text;
    result.push(features);
    gap = false;
  }
  // The section label is known by its neighbours; it is masthead furniture like the editor's credit under it.
  const gapsProveBlocks = gapsFrameBlocks(result);
  const labels = result.map((_, position) => isSectionLabel(result, position, gapsProveBlocks));
  labels.forEach((label, position) => {
    if (label) result[position].pageFurniture = true;
  });
  if (result.length > 0 && isMastheadTitle(result)) result[0].pageFurniture = true;
  return result;
}

/** A periodical's kind in its name: a name ending so is a publication's, never a headline's. */
const PERIODICAL = /(专刊|周刊|专版|月刊)$/u;
/** The masthead's other items stand within the page's first lines. */
const MASTHEAD_LINES = 8;

/**
 * The page's first line is its masthead's title (法院专刊) when it names a publication: by its kind,
 * or with the masthead's date or page label a few lines below (a headline may end on 报: 通报, 喜报).
 * Extractors write it over the first headline or byline, with or without a blank line between.
 */
function isMastheadTitle(lines: readonly LineFeatures[]): boolean {
  const plain = lines[0].content.replace(/[\s*#]/gu, '');
  // A byline written right under it belongs to a head written further down; where the band's date or
  // page label stands between, the byline was moved under that head before (bylineUnderMastheadTitle).
  // Elsewhere the title stands in for that head, and is left as it was.
  if (!PUBLICATION.test(plain) || (lines[1] !== undefined && !lines[1].gapBefore && (lines[1].byline || COURT_SIGNATURE.test(lines[1].content.trim())))) return false;
  return PERIODICAL.test(plain) || lines.slice(1, MASTHEAD_LINES).some((line) => PAGE_DATE.test(line.content.trim()) || PAGE_LABEL.test(line.content.trim()));
}
