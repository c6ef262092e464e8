import { displayWidth } from '../display-width';
import { extractLineFeatures, MAX_HEADLINE_WIDTH } from '../line-features';
import { ATTRIBUTION, BYLINE, COURT_SIGNATURE, WRITERS_NAMES } from '../line-patterns';

// Two articles set side by side, each under its own headline: plain pdftotext writes their heads row
// by row like any columns. The headlines' first lines stand on one row, merged with a space
// (`16岁少年打工受伤 雇主 “一站式”服务跨境当事`); where both wrap, their second lines follow one
// under the other, the left head's first (`该担何责？` / `人`); then their bylines, left first. The
// head block is taken apart here so that each head can stand over its own column of text.

/** A headline's line: a short run of words, no pause or sentence mark inside. */
function isHeadWords(line: string): boolean {
  const features = extractLineFeatures(0, line, false);
  return line !== '' && features.width <= MAX_HEADLINE_WIDTH && !/[，。；：、]/u.test(line) && (!features.endsSentence || /[？！?!]$/u.test(line)) && !features.dateline;
}

/** One headline's part of the merged row: a head's words, maybe after its column's name, maybe with one pause. */
function isRowPiece(piece: string): boolean {
  const words = piece.replace(/^[\u4e00-\u9fff]{2,6}[：:]/u, '');
  return isHeadWords(words) || ((words.match(/[，、]/gu) ?? []).length === 1 && isHeadWords(words.replace(/[，、]/u, '')));
}

/** A masthead's items (publication, date, page label, section) are set in a block like heads; they are none. */
const MASTHEAD_ITEM = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(^|\s)(第\s*)?[A-Z]?\d{1,3}\s*版(\s|$)/u;

function isBylineRow(line: string): boolean {
  return BYLINE.test(line) || COURT_SIGNATURE.test(line) || WRITERS_NAMES.test(line);
}

/** A notice's headline (…公告, …通知, …名单) stands over no byline. */
const NOTICE_HEAD = /(公告|通知|通告|名单|公示)(（[^）]*）)?$/u;

/** A head: its headline, then its subtitle and byline lines. */
export type Head = string[];

export interface SideBySideHeads {
  heads: [Head, Head];
  /** The left headline's share of the row's width: the share of the columns its article spans. */
  leftShare: number;
}

/** The widths of the two pieces a space parts the row into: most alike where two headlines of one measure each filled a line. */
function splitRow(row: string): [string, string] | null {
  let best: [string, string] | null = null;
  let bestGap = Infinity;
  for (let index = row.indexOf(' '); index > 0; index = row.indexOf(' ', index + 1)) {
    const left = row.slice(0, index).trim();
    const right = row.slice(index + 1).trim();
    const widths = [displayWidth(left), displayWidth(right)];
    // A headline's line holds a phrase of four characters or more.
    if (Math.min(...widths) < 4) continue;
    const gap = Math.abs(widths[0] - widths[1]);
    if (gap < bestGap) {
      best = [left, right];
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The two heads of a head block (its lines trimmed, blank lines dropped), or null where the block is
 * not two heads side by side. Only what proves two heads is taken: both headlines wrapped (two short
 * tails under the merged row), or two bylines under it; `bothWrapped` asks for the tails (a block standing alone, where a
 * head's second line of two phrases may read like two names).
 */
export function sideBySideHeads(block: readonly string[], { bothWrapped = false }: { bothWrapped?: boolean } = {}): SideBySideHeads | null {
  const lines = block.map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 3 || !lines[0].includes(' ') || lines.some((line) => MASTHEAD_ITEM.test(line))) return null;
  // The row holds two headlines' first lines: each a head's words, its column's name and colon or a pause allowed
  // (法官说法：自驾穿越沙地陷车 “保健床垫”骗走养老钱 回民, “执行不能”，也要给当事人一 关于理性参与民间借贷 远离非).
  const row = splitRow(lines[0]);
  if (!row || !row.every(isRowPiece)) return null;
  // Under the row, the heads' wrapped tails, subtitles and bylines, in the order of their baselines: a subtitle
  // under a head of one line stands higher than the other head's tail (凌晨四点的执行行动 / ——…纪实 beside 地也犯法？).
  const tails: string[] = [];
  const subtitles: string[] = [];
  const bylines: string[] = [];
  let subtitleFirst = false;
  for (const line of lines.slice(1)) {
    if (isBylineRow(line)) bylines.push(line);
    else if (ATTRIBUTION.test(line)) {
      subtitles.push(line);
      subtitleFirst = tails.length === 0;
    } else if (isHeadWords(line) && bylines.length === 0) tails.push(line);
    else return null;
  }
  if (tails.length > 2 || subtitles.length > 1 || bylines.length > 2) return null;
  // Two tails or two bylines prove two heads; so does a tail under a subtitle: no head goes on under its own subtitle.
  const tailUnderSubtitle = tails.length === 1 && subtitles.length === 1 && subtitleFirst;
  if (tails.length < 2 && (bothWrapped || (bylines.length < 2 && !tailUnderSubtitle))) return null;
  const left: Head = [row[0]];
  const right: Head = [row[1]];
  let wrapped: Head | null = null;
  if (tails.length === 2) {
    left[0] += tails[0];
    right[0] += tails[1];
  } else if (tails.length === 1) {
    // The one headline that wrapped is the one that filled its line.
    wrapped = displayWidth(row[0]) >= displayWidth(row[1]) ? left : right;
    wrapped[0] += tails[0];
  }
  // Each head is given back as one line: the break engine reads a headline's line as a whole head.
  // The subtitle set above the tail is the other head's, and the byline goes with a subtitle: both stand under a feature's head.
  const subtitled = tailUnderSubtitle ? (wrapped === left ? right : left) : left;
  subtitled.push(...subtitles);
  if (bylines.length === 2) {
    left.push(bylines[0]);
    right.push(bylines[1]);
  } else if (bylines.length === 1) (tailUnderSubtitle ? subtitled : NOTICE_HEAD.test(left[0]) ? right : left).push(bylines[0]);
  const widths = row.map((piece) => displayWidth(piece));
  return { heads: [left, right], leftShare: widths[0] / (widths[0] + widths[1]) };
}
