import type { LineRole } from '../model/page-analysis';
import { NOTICE_HEADLINE } from './classify-units';
import { fillsHeadlineMeasure } from './headline-measure';
import type { LineFeatures } from './line-features';
import { COURT_NAME, COURT_SIGNATURE, INSTITUTION } from './line-patterns';
import type { TextUnit } from './text-units';

/** Roles the rules or the model give a headline's wrapped tail: too short for a paragraph, a name's length. */
const TAIL_ROLES = new Set<LineRole>(['byline', 'heading', 'paragraph', 'subtitle']);

/** A piece of a headline's words: no mark inside, no field of its own, no space between phrases. */
function tailWords(line: LineFeatures): boolean {
  const plain = line.content.replace(/\s+/gu, '');
  return !line.hasInnerSpace && !/[，。；：、,;:（）()【】—]/u.test(line.content) && !line.byline && !line.dateline && !line.credit && !line.caption && !line.pageFurniture && !line.listItem && !COURT_NAME.test(plain) && !INSTITUTION.test(plain);
}

/** What opens an article's text or signs it: the head above it is closed there, not before. */
function fieldAfterHead(unit: TextUnit | undefined, role: LineRole | undefined): boolean {
  if (!unit) return false;
  const line = unit.lines[0];
  return line.byline || line.dateline || line.subtitleDash || role === 'byline' || role === 'subtitle' || COURT_SIGNATURE.test(line.content.replace(/\*\*/gu, ''));
}

/**
 * A headline that filled its measure broke where its column ended, mid-word (呼铁中院发布涉铁路运输审 /
 * 判白皮书, 铁路法院普法宣传 / 进车站): the few characters wrapped below are as short as a bare-name
 * byline, yet a byline, a dateline or a subtitle still follows them. A headline has one byline, so the
 * short line between a full headline line and the article's fields is the headline's last line.
 * `columnAt` gives the body measure a line stands in.
 */
export function joinHeadlineTails(units: readonly TextUnit[], roles: readonly LineRole[], columnAt: (line: LineFeatures) => number | null): LineRole[] {
  const result = [...roles];
  for (let index = 0; index + 1 < units.length; index++) {
    if (result[index] !== 'title' || !TAIL_ROLES.has(result[index + 1])) continue;
    const head = units[index].lines[units[index].lines.length - 1];
    const tail = units[index + 1];
    if (tail.lines.length !== 1 || !fillsHeadlineMeasure(head.width, columnAt(head))) continue;
    const line = tail.lines[0];
    // A notice has no byline: its headline closes on its genre (…网络司 / 法拍卖公告).
    // A subtitle set without its dash (记锡林浩特市人民法院法官乌力吉) is a single head line over the byline.
    const undashedSubtitle = units[index + 2]?.lines.length === 1 && units[index + 2].lines[0].headlineShaped && units[index + 3]?.lines[0].byline === true;
    const closesHead = fieldAfterHead(units[index + 2], result[index + 2]) || NOTICE_HEADLINE.test(line.content) || undashedSubtitle;
    if (line.width > head.width - 2 || !tailWords(line) || !closesHead) continue;
    result[index + 1] = 'title';
    if (undashedSubtitle && result[index + 2] === 'title') result[index + 2] = 'subtitle';
    // With the tail back in the headline, the court and names under it are its byline, and a head has
    // one: a short line below that the rules took for bare names heads the first section (案情回顾).
    const below = units[index + 2];
    if (below && below.lines.length === 1 && COURT_SIGNATURE.test(below.lines[0].content.replace(/\*\*/gu, '')) && result[index + 2] !== 'byline') {
      result[index + 2] = 'byline';
      if (result[index + 3] === 'byline' && !units[index + 3].lines[0].byline) result[index + 3] = 'heading';
    }
  }
  return result;
}
