import { ROUNDUP_HEADLINE } from './line-patterns';
import { openArticleAt } from './lone-head';
import type { DraftArticle, DraftPage, RoledUnit } from './segment-articles';

// A news story opens on its time and its court (近日，巴彦淖尔市中级人民法院组织…; 9月10日，乌海市乌达区人民法院…).
// A section of a story goes on telling of the court its headline named; a head over a lead that opens so on a
// court its article's headline does not name heads another article, which set no byline, dateline or credit
// to prove it.

/** The lead's opening: its time, then a court named in full (a railway court's full name holds no 人民: 呼和浩特铁路运输法院). */
// (A clause of the occasion may stand between, 9月12日，正值百灵庙镇传统集市日，包头市达尔罕茂明安联合旗人民法院…: the court is
// still the first sentence's subject.)
const NEWS_LEAD = /^(\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}月(上|中|下)旬|近日|日前|近期)[，,](?:[^，。；,;]{2,20}[，,])?([\u4e00-\u9fff]{2,14}?)(中级人民法院|人民法院|铁路运输中级法院|铁路运输法院)/u;
/** A head that belongs to a set (【案情】, 一、…, 案例二：…, a place before a colon). */
const SET_HEAD = /^(【|第[一二三四五六七八九十百]+|案例|[一二三四五六七八九十]+、|\d+[.、]|[\u4e00-\u9fff]{2,8}[：:])/u;
/** A head led by a court (东胜区法院 …): a roundup's item when its article holds two. */
const COURT_LED = /^[\u4e00-\u9fff]{2,10}(法院|法庭|中院)/u;
/** A headline names its subject; a section's label is shorter. */
const MIN_HEADLINE_LENGTH = 7;

const textOf = (unit: RoledUnit | null) => (unit ? unit.lines.map((line) => line.content).join('').replace(/[*#\s]/gu, '') : '');

/** The place the lead's court is named after, its kind dropped (巴彦淖尔市 → 巴彦淖尔). */
function leadPlace(lead: RoledUnit): string | null {
  const match = NEWS_LEAD.exec(textOf(lead));
  if (!match) return null;
  const place = match[4].replace(/^(内蒙古自治区|内蒙古)/u, '').replace(/(市|旗|县|区|盟)$/u, '');
  return place.length >= 2 ? place : null;
}

function newsHeadAt(article: DraftArticle): number {
  const headline = textOf(article.title) + textOf(article.subtitle);
  if (!headline || ROUNDUP_HEADLINE.test(headline)) return -1;
  // A roundup's items each open on their court: its heads are sections, whatever their leads.
  if (article.body.filter((unit) => unit.role === 'heading' && COURT_LED.test(textOf(unit))).length >= 2) return -1;
  for (let at = 1; at + 1 < article.body.length; at++) {
    const head = article.body[at];
    const before = article.body[at - 1];
    if (head.role !== 'heading' || head.lines.length > 2 || before.role !== 'paragraph' || !before.lines[before.lines.length - 1].endsSentence) continue;
    const text = textOf(head);
    if (text.length < MIN_HEADLINE_LENGTH || SET_HEAD.test(text)) continue;
    const place = leadPlace(article.body[at + 1]);
    if (place !== null && !headline.includes(place)) return at;
  }
  return -1;
}

/** Opens a new article at each head over a news lead on a court its article's headline does not name. */
export function splitAtNewsLeads(page: DraftPage, chosen: ReadonlySet<number> = new Set()): void {
  for (let index = 0; index < page.articles.length; index++) {
    const article = page.articles[index];
    const at = newsHeadAt(article);
    // A head the editor made one stays what the editor made it.
    if (at >= 0 && !chosen.has(article.body[at].lines[0].index)) openArticleAt(page, index, at);
  }
}
