import { AWARD_GRADE, BRACKETED_SECTION_HEAD, COURT_SIGNATURE, EDITORIAL_CREDITS, EDITORIAL_LABEL, FUNCTION_WORD_END, ROUNDUP_HEADLINE, WRITERS_NAMES } from './line-patterns';
import { MAX_HEADLINE_WIDTH, isQuestionHead, type LineFeatures } from './line-features';

/** A page's section name (版面名: 审判纵横, 法院文化): a few characters, no punctuation. */
const SECTION_NAME = /^[\u4e00-\u9fff]{2,5}$/u;
const EDITOR_CREDIT = /^(责任编辑|本版编辑|责编)/u;

/**
 * The page's section label is printed in the masthead band, over the editor's credit, in a frame of
 * its own. An extractor writes it as a block of one short line: straight above `责任编辑 某某`, or
 * alone between blank lines next to the masthead's items or a headline (pdftotext puts the band
 * where its text flow meets it, so it can stand between a headline and the byline under it). A
 * headline of that length is not set alone above another headline or a byline; a byline of bare
 * names (萨仁图雅) is followed by text, not by a head. `gapsProveBlocks`: the page's blank lines
 * separate blocks (false where an extractor wrote one after nearly every line).
 */
export function isSectionLabel(lines: readonly LineFeatures[], position: number, gapsProveBlocks: boolean): boolean {
  const line = lines[position];
  // A name never ends on a function word; a headline's first line broken after one does (胡杨林下的).
  // (Nor is an award's grade, 二等奖, a list's heading over its entries.)
  if (!SECTION_NAME.test(line.content) || FUNCTION_WORD_END.test(line.content) || AWARD_GRADE.test(line.content) || line.markdownLevel > 0 || line.indented) return false;
  const next = lines[position + 1];
  if (!next) return false;
  const previous = lines[position - 1];
  // (Nor the wrapped end of a roundup's headline, 土默川上法苑 / 速递: with the line above it, it names the roundup.)
  if (previous !== undefined && previous.headlineShaped && !ROUNDUP_HEADLINE.test(previous.content) && ROUNDUP_HEADLINE.test(`${previous.content}${line.content}`)) return false;
  const afterNext = lines[position + 2];
  const signs = (below: LineFeatures | undefined) => below !== undefined && (below.byline || below.subtitleDash || below.dateline || COURT_SIGNATURE.test(below.content) || WRITERS_NAMES.test(below.content.trim()));
  // The head's byline may stand under a wrapped last line of it (…法官帮您识破养老 / 诈骗 / 白雪 孙浩).
  const signedBelow = signs(afterNext) || (afterNext !== undefined && afterNext.width < next.width && headAbove(afterNext) && signs(lines[position + 3]));
  if (!next.gapBefore) {
    if (EDITORIAL_CREDITS.test(next.content) || ((EDITORIAL_LABEL.test(next.content) || EDITOR_CREDIT.test(next.content)) && next.pageFurniture)) return true;
    // Straight under the band's page label (03版 / 综合新闻), over a whole headline of its own (two phrases, or
    // proven by the byline or dateline under it): the band's last item, not the headline's first words.
    return previous !== undefined && previous.pageFurniture && !line.gapBefore && next.headlineShaped && (next.phraseSpaced || signedBelow || afterNext?.indented === true) && next.width > line.width + 2;
  }
  // Alone in its block, under something: a page's first line of that length is as likely a headline.
  // Straight under the masthead band's items (08版 / 法院文化), the band goes on: no blank line is needed above.
  if (!previous || (!line.gapBefore && !previous.pageFurniture)) return false;
  // Where an extractor writes a blank line after every line (MuPDF), the blank lines frame nothing:
  // the last two characters of a wrapped headline (开班) stand just as alone under it.
  const bandAbove = previous.pageFurniture || previous.mastheadLike || (gapsProveBlocks && headAbove(previous));
  // A headline is proven by its own shape, or, when it holds a word a sentence has (网购“进口奶粉”是假货
  // 消费者获三倍赔偿), by the byline, subtitle or dateline under it.
  // A markdown heading under it is a head whatever its marks (## 法官，离婚冷静期到底怎么算).
  // So is a question over its subtitle or byline (“草原枫桥”怎样走出新路子？ / ——访…), or a head that pauses once over it.
  // A headline may open on a number (14岁女孩偷卖金手镯), never on a date.
  const headBelow = next.byline || ((next.headlineShaped || next.markdownLevel > 0 || (signedBelow && (headAbove(next) || isQuestionHead(next) || pausedHead(next)))) && !next.byline && next.width > line.width && /^([\u4e00-\u9fff“《]|\d+[\u4e00-\u9fff](?![\d\s]*月))/u.test(next.content) && !next.pageFurniture);
  // A case's head over its first bracketed section (草场转包未备案 合同是否有效？ / 【案情】) is proven too.
  const caseHeadBelow = (isQuestionHead(next) || next.hasInnerSpace) && !next.byline && next.width > line.width && afterNext !== undefined && BRACKETED_SECTION_HEAD.test(afterNext.content.trim());
  return bandAbove && (headBelow || caseHeadBelow);
}

/** A commentary's head may pause once (“执行不能”，也要给当事人一 / 本明白账), proven by the byline under it. */
function pausedHead(line: LineFeatures): boolean {
  return !line.byline && !line.endsSentence && line.width <= MAX_HEADLINE_WIDTH && (line.content.match(/[，、]/gu) ?? []).length === 1 && !/[。；：]/u.test(line.content);
}

/** A head's line: short, open to no sentence (a headline may hold 是 and still be one: 网购“进口奶粉”是假货). */
function headAbove(line: LineFeatures): boolean {
  return !line.byline && !line.endsSentence && !line.endsOpen && line.width <= MAX_HEADLINE_WIDTH && (line.headlineShaped || !/[，。；：、]/u.test(line.content));
}

/**
 * Blank lines frame blocks only where running text never has one inside a paragraph: MuPDF writes
 * one after many lines, and then the tail of a wrapped headline (开班) stands as alone as a label.
 */
export function gapsFrameBlocks(lines: readonly LineFeatures[]): boolean {
  let wraps = 0;
  let gaps = 0;
  for (let position = 0; position + 1 < lines.length; position++) {
    const line = lines[position];
    if (line.headlineShaped || line.endsSentence || line.width < 8 || line.pageFurniture) continue;
    wraps++;
    if (lines[position + 1].gapBefore) gaps++;
  }
  // One in twenty: a column foot or a picture may leave a blank line inside a paragraph.
  return gaps <= wraps * 0.05;
}
