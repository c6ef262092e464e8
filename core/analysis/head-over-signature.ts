import type { LineRole } from '../model/page-analysis';
import { MAX_HEADLINE_WIDTH, signsAbove, type LineFeatures } from './line-features';
import { COURT_NAME, INSTITUTION, NOTICE_HEADLINE, isDateAlone } from './line-patterns';
import type { TextUnit } from './text-units';

// A headline set over three, four or five lines of a narrow column (“高息理财”“以房 / 养老”靠不靠谱？ /
// 法官帮您识破养老 / 诈骗) comes out of MuPDF in pieces: a block for its first lines, a blank line, its last
// word alone. Each piece alone reads as anything (a paragraph, a section head, a bare name over the
// writers' names), yet all of them stand between a closed text and the article's byline. A byline signs
// one headline, and nothing but a headline (and its subtitle, which has its own marks) stands over it:
// every piece of head's words right above the byline, back to what closed the text before, is the title.
// (A subtitle set without its dash, over the byline, keeps the head above it as the rules read it.)

/** Roles the rules or the model give a piece of a headline set apart. */
const PIECE_ROLES = new Set<LineRole>(['paragraph', 'heading', 'title', 'byline']);
/** A headline takes at most this many lines, of at most this many cells in all. */
const MAX_HEAD_LINES = 5;
const MAX_HEAD_WIDTH = 48;

/** A line of a head's words: no pause or stop inside, a question or an exclamation only where a phrase ends. */
function headPiece(line: LineFeatures): boolean {
  const text = line.content.trim();
  return (
    line.width <= MAX_HEADLINE_WIDTH &&
    !/[，。；、,;（）()【】：:]/u.test(text) &&
    !/[？！?!](?![\s\u3000]|$)/u.test(text) &&
    !line.byline &&
    !line.dateline &&
    !line.credit &&
    !line.caption &&
    !line.pageFurniture &&
    !line.subtitleDash &&
    // A notice's signature (its court, its date) closes the text above; it is no head's piece.
    !isDateAlone(text) &&
    !INSTITUTION.test(text.replace(/\s+/gu, '')) &&
    !COURT_NAME.test(text.replace(/\s+/gu, '')) &&
    !line.listItem &&
    !line.numberedHeading &&
    line.markdownLevel === 0
  );
}

/** A unit that signs what is above it: a byline, the writers' names, a court and its writers. */
function signs(unit: TextUnit): boolean {
  return unit.lines.length === 1 && signsAbove(unit.lines[0], unit.lines[0].content.replace(/\*\*/gu, '').trim());
}

/** What stands above a headline: nothing, the masthead, a closing credit or caption, a finished text. */
function closesAbove(unit: TextUnit | undefined, role: LineRole | undefined): boolean {
  if (!unit || role === undefined) return true;
  const last = unit.lines[unit.lines.length - 1];
  return role === 'furniture' || role === 'credit' || role === 'caption' || last.endsSentence || isDateAlone(last.content.trim());
}

/** The roles with each headline's scattered pieces over its byline made one title, the byline its byline. */
export function joinHeadOverSignature(units: readonly TextUnit[], roles: readonly LineRole[]): LineRole[] {
  const result = [...roles];
  for (let index = 1; index < units.length; index++) {
    if (!signs(units[index]) || !PIECE_ROLES.has(result[index])) continue;
    let start = index;
    let lines = 0;
    let width = 0;
    while (start > 0 && PIECE_ROLES.has(result[start - 1]) && units[start - 1].lines.every(headPiece)) {
      lines += units[start - 1].lines.length;
      width += units[start - 1].lines.reduce((sum, line) => sum + line.width, 0);
      start--;
    }
    // One piece is a whole head already, left to the rules; more lines than a head takes are text.
    if (index - start < 2 || lines > MAX_HEAD_LINES || width > MAX_HEAD_WIDTH) continue;
    if (!closesAbove(units[start - 1], result[start - 1])) continue;
    // A notice's headline (…的公告) signs no byline: its pieces are another head's, set beside this one.
    if (units.slice(start, index).some((unit) => NOTICE_HEADLINE.test(unit.lines[unit.lines.length - 1].content.trim()))) continue;
    for (let piece = start; piece < index; piece++) result[piece] = 'title';
    result[index] = 'byline';
  }
  return result;
}
