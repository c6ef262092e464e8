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
    const fullLines = fullLinesBelow(units, result, index, columnAt);
    if (fullLines > 0) {
      for (let offset = 1; offset <= fullLines; offset++) result[index + offset] = 'title';
      index += fullLines;
      continue;
    }
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

/** A line of a headline set at the same measure as the headline line above it (within a cell). */
function atMeasureOf(line: LineFeatures, head: LineFeatures): boolean {
  return Math.abs(line.width - head.width) <= 1;
}

/**
 * A headline set over three or four lines at its measure (鄂尔多斯 包头 / 两地法院 护航 / 民营经济发展 /
 * 亮点纷呈): each line under a full one fills the measure too, phrases and spaces alike, until the last,
 * and the article's fields follow. How many units under `index` are such lines (0: none).
 */
function fullLinesBelow(units: readonly TextUnit[], roles: readonly LineRole[], index: number, columnAt: (line: LineFeatures) => number | null): number {
  const head = units[index].lines[units[index].lines.length - 1];
  if (!fillsHeadlineMeasure(head.width, columnAt(head))) return 0;
  let count = 0;
  let lastFull = true;
  for (let next = index + 1; next < units.length && TAIL_ROLES.has(roles[next]) && lastFull; next++) {
    const lines = units[next].lines;
    // A phrase ending on 法院 before a short one (两地法院 护航) reads like a court's byline, but a byline
    // is not set at the headline's measure.
    const words = lines.every((line) => line.headlineShaped && !line.byline && !line.dateline && (atMeasureOf(line, head) || !COURT_SIGNATURE.test(line.content)));
    // Every line but the unit's last fills the measure; the last may fall short, and then the headline ends there.
    if (!words || !lines.slice(0, -1).every((line) => atMeasureOf(line, head)) || lines[lines.length - 1].width > head.width + 1) break;
    lastFull = atMeasureOf(lines[lines.length - 1], head);
    count++;
  }
  // A line at the measure proves nothing alone (a second headline phrase is as long): at least one full
  // line must run on under the head, and the article's fields close the headline.
  const fullUnder = units[index + 1].lines.length > 1 || atMeasureOf(units[index + 1].lines[0], head);
  return count >= 2 && fullUnder && fieldAfterHead(units[index + count + 1], roles[index + count + 1]) ? count : 0;
}
