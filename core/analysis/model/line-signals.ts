import type { LineRole } from '../../model/page-analysis';
import { COURT_NAME, DATELINE_ALONE } from '../line-patterns';
import type { LineFeatures } from '../line-features';

/** The roles the model tells apart, in the order of its classes. */
export const MODEL_ROLES: readonly LineRole[] = ['title', 'subtitle', 'byline', 'dateline', 'heading', 'paragraph', 'caption', 'credit', 'furniture'];

/** The signal that says the rules gave a line each of those roles (`rule_title`…). */
export const ROLE_SIGNALS: readonly string[] = MODEL_ROLES.map((role) => `rule_${role}`);

/**
 * Bare personal names, one to four of them, set apart by spaces: a byline without its 记者 label
 * (`陈俊 江南`). A headline's phrases are longer than a name.
 */
export const BARE_NAMES = /^[\u4e00-\u9fff]{2,3}([ \u3000]+[\u4e00-\u9fff]{2,3}){0,3}$/u;

/** How a news lead opens: a time (近日，/ 6月18日，/ 今年以来) — the first words of an article, seldom of a section. */
const LEAD_OPENER = /^(本报讯|近日|日前|近期|近年来|今年以来|今年|去年|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u;

/** A head led by its number, with or without a mark after it (1. / 2“先锋”上岗 / （三）/ 四、): a section, not an article. */
export const NUMBER_LED = /^(\d{1,2}(?![\d年月日万亿千百元时人件次名个项家起余多岁天周倍米亩%]|[.．]\d)(?=[.．、\s“《\u4e00-\u9fff])|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}[章节部分篇])/u;

/**
 * What the model reads off one line by itself: the engine's line features, its width against the
 * column it stands in, and what the rules made of it. Every value is 0/1 or scaled to about [0, 1].
 */
export interface LineSignals {
  [name: string]: number;
}

/** Own signals of a line; `column` is the width of its column (null: no column), `rule` the rules' role of its unit. */
export function lineSignals(line: LineFeatures, column: number | null, rule: LineRole, opensUnit: boolean): LineSignals {
  const plain = line.content.replace(/\*\*/gu, '');
  const span = line.width + line.indentWidth;
  const relative = column === null ? 0 : Math.min(1.5, span / Math.max(1, column));
  const signals: LineSignals = {
    short6: line.width <= 6 ? 1 : 0,
    short9: line.width <= 9 ? 1 : 0,
    short12: line.width <= 12 ? 1 : 0,
    short20: line.width <= 20 ? 1 : 0,
    long30: line.width > 30 ? 1 : 0,
    width: Math.min(1, line.width / 60),
    relative,
    full: column !== null && span >= column - 2.5 ? 1 : 0,
    clearlyShort: column !== null && span <= column - 5 ? 1 : 0,
    endsSentence: line.endsSentence ? 1 : 0,
    endsOpen: line.endsOpen ? 1 : 0,
    headlineShaped: line.headlineShaped ? 1 : 0,
    phraseSpaced: line.phraseSpaced ? 1 : 0,
    innerSpace: line.hasInnerSpace ? 1 : 0,
    byline: line.byline ? 1 : 0,
    bareNames: BARE_NAMES.test(plain.trim()) ? 1 : 0,
    dateline: line.dateline ? 1 : 0,
    datelineAlone: DATELINE_ALONE.test(line.content) ? 1 : 0,
    subtitleDash: line.subtitleDash ? 1 : 0,
    credit: line.credit ? 1 : 0,
    caption: line.caption ? 1 : 0,
    attribution: line.attribution ? 1 : 0,
    pageFurniture: line.pageFurniture ? 1 : 0,
    numberedHeading: line.numberedHeading ? 1 : 0,
    listItem: line.listItem ? 1 : 0,
    numberLed: NUMBER_LED.test(plain) ? 1 : 0,
    markdown: line.markdownLevel > 0 ? 1 : 0,
    markdownTop: line.markdownLevel === 1 || line.markdownLevel === 2 ? 1 : 0,
    markdownDeep: line.markdownLevel >= 3 ? 1 : 0,
    bold: /^\*\*.*\*\*$/u.test(line.content) ? 1 : 0,
    indented: line.indented ? 1 : 0,
    gapBefore: line.gapBefore ? 1 : 0,
    masthead: line.mastheadLike ? 1 : 0,
    startsForbidden: line.startsForbidden ? 1 : 0,
    digits: /\d/u.test(plain) ? 1 : 0,
    innerColon: /[：:](?!$)/u.test(plain) ? 1 : 0,
    quote: /[“”]/u.test(plain) ? 1 : 0,
    bookTitle: /[《》]/u.test(plain) ? 1 : 0,
    endsQuestion: /[？！?!][”’]?$/u.test(plain) ? 1 : 0,
    courtName: COURT_NAME.test(plain) ? 1 : 0,
    mentionsCourt: /法院|法庭|中院|检察院/u.test(plain) ? 1 : 0,
    leadOpener: LEAD_OPENER.test(plain.replace(/^[\s\u3000]+/u, '')) ? 1 : 0,
    photographer: /摄(影)?$/u.test(plain) ? 1 : 0,
    opensUnit: opensUnit ? 1 : 0,
  };
  MODEL_ROLES.forEach((role, index) => (signals[ROLE_SIGNALS[index]] = rule === role ? 1 : 0));
  return signals;
}
