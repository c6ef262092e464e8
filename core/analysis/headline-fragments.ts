import type { LineRole } from '../model/page-analysis';
import { HAN_DATE, INSTITUTION, PAGE_DATE, WRITERS_NAMES } from './line-patterns';
import { isQuestionHead, type LineFeatures } from './line-features';
import { BARE_NAMES } from './model/line-signals';
import type { TextUnit } from './text-units';

/** The words of a head: no mark inside, no sentence end (a question head may end on ？). */
function headWords(line: LineFeatures): boolean {
  return !line.endsSentence && !line.endsOpen && !line.startsForbidden && !/[，。；：、,;:（）()【】]/u.test(line.content) && !line.byline && !line.dateline && !line.pageFurniture && !line.mastheadLike && !line.caption && !line.credit && !line.listItem;
}

/** Cells by which a head's last line falls short of its first where the head ended on it. */
const SHORT_TAIL_MARGIN = 2;

/** Lines of a headline above its last: a headline has at most three. */
const MAX_FRAGMENT_LINES = 2;

function fragmentWords(line: LineFeatures): boolean {
  const plain = line.content.replace(/\s+/gu, '');
  return headWords(line) && !BARE_NAMES.test(line.content) && !INSTITUTION.test(plain) && !PAGE_DATE.test(plain) && !/^[\d〇一二三四五六七八九十年月日]+$/u.test(plain);
}

/**
 * A headline wrapped over two lines whose first line reads as a fragment (从书记员到员额法官 她用了 /
 * 九年, 牧民遇到纠纷 为何先找 / “法官联络点”？): the first line stands alone between a finished unit
 * and the headline's last line, a block too short to be a paragraph and with no mark a paragraph
 * has. A section head is never the last thing before another article's headline, so that line is
 * the headline's first: both become the title (segmentation joins a title under a title).
 */
export function joinHeadlineFragments(units: readonly TextUnit[], roles: readonly LineRole[]): LineRole[] {
  const result = [...roles];
  units.forEach((unit, index) => {
    if (index === 0 || roles[index] !== 'title') return;
    const above = units[index - 1];
    const role = roles[index - 1];
    if (role === 'furniture') {
      mastheadFragments(units, roles, index).forEach((fragment) => {
        result[fragment] = 'title';
      });
      return;
    }
    // A headline wrapped at its measure may leave two full lines above its last (草场承包经营权能 / 否私下转让给外村 / 人？).
    if ((role !== 'heading' && role !== 'paragraph') || above.lines.length > MAX_FRAGMENT_LINES) return;
    if (above.lines.some((line) => !fragmentWords(line))) return;
    // Two lines whose second falls well short of the first ended there: a head wrapped at its measure, whole
    // (昆都仑区法院冬季攻坚执 / 结案件1536件 over 她把调解做到了牧民心坎上, two heads set side by side).
    if (above.lines.length === 2 && above.lines[1].width < above.lines[0].width - SHORT_TAIL_MARGIN) return;
    const before = units[index - 2];
    // A notice's date in Chinese numerals closes it as surely as a full stop. A title above with nothing
    // but this line between: a headline set over three or four short lines at a narrow measure
    // (支部联上矿区 / 班组 法治体检 / 送到井口), whose middle looked like a section head.
    const closed = !before || roles[index - 2] === 'title' || roles[index - 2] === 'furniture' || roles[index - 2] === 'credit' || roles[index - 2] === 'caption' || before.lines[before.lines.length - 1].endsSentence || HAN_DATE.test(before.lines[before.lines.length - 1].content.replace(/\s+/gu, ''));
    if (closed) result[index - 1] = 'title';
  });
  // Writers' names taken for a headline, under a headline whose last line asks its question
  // (一间院史馆 能讲多少 / 故事？ / 郝云 乌兰) and over the text: the question ends the head, the names sign it.
  units.forEach((unit, index) => {
    if (index < 2 || roles[index] !== 'title' || unit.lines.length !== 1 || !WRITERS_NAMES.test(unit.lines[0].content.trim())) return;
    const above = units[index - 1];
    if (roles[index + 1] !== 'paragraph' || result[index - 2] !== 'title' || roles[index - 1] !== 'heading') return;
    if (above.lines.length !== 1 || !isQuestionHead(above.lines[0])) return;
    result[index - 1] = 'title';
    result[index] = 'byline';
  });
  return result;
}

/** A page's section name is a word or two (审判纵横, 综合新闻); a headline's first line holds more, or a space between phrases. */
const SECTION_NAME_ALONE = /^[\u4e00-\u9fff]{2,5}$/u;

/**
 * The first line or two of the page's first headline, set at a narrow measure right under the
 * masthead (16岁少年打工受伤 雇主 / 该担何责？), were taken for masthead furniture: nothing was
 * above them to close a text. Their words are a head's, not the masthead's (no date, edition or
 * name of the paper), and the title under them is only the headline's last words: a tail shorter
 * than the line above it, or as long. The indices of those lines' units, or none.
 */
function mastheadFragments(units: readonly TextUnit[], roles: readonly LineRole[], index: number): number[] {
  const tail = units[index];
  // A section's name standing alone (法治视点) under a headline that lost its place is no tail.
  if (tail.lines.length !== 1 || SECTION_NAME_ALONE.test(tail.lines[0].content.trim())) return [];
  const fragments: number[] = [];
  let lines = 0;
  for (let above = index - 1; above >= 0 && roles[above] === 'furniture'; above--) {
    const unit = units[above];
    // A line under a head's first line may look like two names (非法开垦草原 / 四十亩 被判): it goes on with the head.
    if (!unit.lines.every((line, position) => (fragmentWords(line) || (position > 0 && headWords(line))) && !SECTION_NAME_ALONE.test(line.content.trim()))) break;
    lines += unit.lines.length;
    if (lines > MAX_FRAGMENT_LINES) return [];
    fragments.push(above);
  }
  if (fragments.length === 0) return [];
  const widest = Math.max(...fragments.flatMap((fragment) => units[fragment].lines.map((line) => line.width)));
  return tail.lines[0].width <= widest ? fragments : [];
}
