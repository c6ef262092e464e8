// Roles of printed lines from type size, weight, centring and position.
import { endsSentence } from '../analysis/character-classes';
import { BYLINE, CONTACT, CREDIT_WHOLE, DATELINE_ALONE, PAGE_DATE, PAGE_LABEL, PUBLICATION, isCredit } from '../analysis/line-patterns';
import type { LineRole } from '../model/page-analysis';
import type { PageRules } from './classify-rules';
import type { PdfLine } from './text-lines';
import type { Box } from './xy-cut';

export interface PlacedLine {
  line: PdfLine;
  /** The column (strip) the line was read in. */
  frame: Box;
}

export interface RoleDecision {
  role: LineRole;
  /** How sure geometry is: high when type size or position decides, lower when only the words do. */
  confidence: number;
}

/** Headline type is at least this much larger than body type (Chinese make-up: 小二/二号 over 五号). */
export const HEADLINE_SCALE = 1.25;
/** Caption type is at least this much smaller than body type (小五/六号 under 五号). */
const CAPTION_SCALE = 0.92;

export const isCentred = (line: PdfLine, frame: Box, em: number) => {
  const left = line.x - frame.x;
  const right = frame.right - line.right;
  return left > em && right > em && Math.abs(left - right) < em;
};

/**
 * The masthead band: above the first wide rule in the top fifth of the page, when what stands above
 * it is a masthead (at most six rows of text: name, date, page, section, editor), not an article.
 */
export function mastheadBottom(lines: readonly PdfLine[], rules: PageRules, pageWidth: number, pageHeight: number): number {
  const rule = rules.horizontal.filter((candidate) => candidate.width >= pageWidth * 0.5 && candidate.y < pageHeight * 0.2).sort((a, b) => a.y - b.y)[0];
  if (!rule) return -Infinity;
  const rows = new Set(lines.filter((line) => line.bottom <= rule.y + 1).map((line) => Math.round(line.baseline / 4)));
  return rows.size <= 6 ? rule.y : -Infinity;
}

const FURNITURE_TEXT = (text: string) => {
  const plain = text.replace(/\s+/gu, '');
  return PAGE_DATE.test(plain) || PAGE_LABEL.test(plain) || PUBLICATION.test(plain) || CONTACT.test(plain);
};

/**
 * The column a line stands in. The cuts may read an article's last row as strips of its own (a
 * short last line beside a credit set flush right): the frame of a line just above that holds this
 * one is then its column.
 */
function columnOf(placed: readonly PlacedLine[], index: number): Box {
  const { line, frame } = placed[index];
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const above = placed[back].frame;
    if (above.right - above.x > frame.right - frame.x + 1 && above.x <= line.x + 1 && above.right >= line.right - 1 && line.y - placed[back].line.bottom < 2 * line.size) return above;
  }
  return frame;
}

/** A closing credit wrapped over two lines: （作者单位：某某区人民法 / 院） set flush right. */
function wrappedCredit(placed: readonly PlacedLine[], index: number): boolean {
  const first = placed[index]?.line;
  const second = placed[index + 1]?.line;
  if (!first || !second || !/^[（(]/u.test(first.text) || /[)）]/u.test(first.text) || !/[)）]$/u.test(second.text)) return false;
  const column = columnOf(placed, index + 1);
  // Its second line set flush right, or the whole of it set flush left, as a paragraph never is.
  const setApart = column.right - second.right < second.size || first.x - columnOf(placed, index).x < 0.5 * first.size;
  return isCredit(`${first.text}${second.text}`.replace(/\s+/gu, ' ')) && setApart && second.y - first.bottom < second.size;
}

export function decideRoles(placed: readonly PlacedLine[], body: number, rules: PageRules, page: { width: number; height: number }): RoleDecision[] {
  const mastheadEnd = mastheadBottom(placed.map(({ line }) => line), rules, page.width, page.height);
  const firstBodyTop = Math.min(...placed.filter(({ line }) => Math.abs(line.size - body) < 0.1 * body).map(({ line }) => line.y));
  const decisions: RoleDecision[] = [];
  placed.forEach(({ line, frame }, index) => {
    const previous = decisions[index - 1];
    const previousLine = placed[index - 1]?.line;
    const text = line.text;
    const em = line.size;
    const decide = (role: LineRole, confidence: number) => decisions.push({ role, confidence });
    if (line.bottom <= mastheadEnd + 1) return decide('furniture', 0.97);
    if (line.bottom <= firstBodyTop && FURNITURE_TEXT(text)) return decide('furniture', 0.9);
    // A contact line in an article's own column, next to its body text, is the article's (a notice's 联系电话：…).
    const inFlow = (other: PlacedLine | undefined) => !!other && Math.abs(other.frame.x - frame.x) < 1 && Math.abs(other.frame.right - frame.right) < 1 && Math.abs(other.line.size - line.size) < 0.5 && Math.abs(other.line.y - line.y) < 2.5 * em && !CONTACT.test(other.line.text);
    if (CONTACT.test(text) && !(Math.abs(line.size - body) < 0.05 * body && (inFlow(placed[index - 1]) || inFlow(placed[index + 1])))) return decide('furniture', 0.9);
    const afterHead = previous && (previous.role === 'title' || previous.role === 'subtitle');
    if (/^——/u.test(text) && (afterHead || (line.size > body * 1.05 && previous?.role !== 'paragraph'))) return decide('subtitle', 0.95);
    // A subtitle's second line: the same type right under it.
    if (previous?.role === 'subtitle' && previousLine && Math.abs(line.size - previousLine.size) < 0.5 && line.y - previousLine.bottom < 0.8 * em && !BYLINE.test(text)) return decide('subtitle', 0.85);
    if (line.size >= body * HEADLINE_SCALE) {
      // A headline's second line continues it; a smaller large line right under a title is its subtitle (肩题/副题).
      if (previous?.role === 'title' && previousLine && line.size < previousLine.size * 0.85) return decide('subtitle', 0.85);
      return decide('title', 0.97);
    }
    // Right under a headline, a smaller line that is not a byline is its subtitle (副题 printed without its dash).
    // (A bold line there is the first item's head of a roundup: 乌拉特前旗：乌梁素海边开庭.)
    if (afterHead && previous.role === 'title' && line.size > body * 1.05 && !BYLINE.test(text) && !line.bold) return decide('subtitle', 0.8);
    if (BYLINE.test(text) && [...text].length <= 40 && !/[，。；！？]/u.test(text) && (afterHead || isCentred(line, frame, em) || previous?.role === 'byline')) return decide('byline', 0.95);
    if (isCredit(text)) return decide('credit', 0.9);
    if (previous?.role === 'credit' && wrappedCredit(placed, index - 1)) return decide('credit', 0.85);
    if (previous?.role === 'paragraph' && previousLine && endsSentence(previousLine.text) && wrappedCredit(placed, index)) return decide('credit', 0.85);
    // A bracketed line of its own after a finished paragraph, set flush right, centred or flush left
    // (not indented as a paragraph is): the closing credit, whatever it names.
    const column = columnOf(placed, index);
    const indent = (line.x - column.x) / em;
    const setApart = column.right - line.right < em || isCentred(line, column, em) || indent < 0.5;
    if (CREDIT_WHOLE.test(text) && previous?.role === 'paragraph' && previousLine && endsSentence(previousLine.text) && setApart && Math.abs(indent - 2) > 0.25) return decide('credit', 0.8);
    // A short line between the head and the text, not set as body text (centred or another face): a byline without 记者/通讯员.
    const bodyFace = placed.find((other) => Math.abs(other.line.size - body) < 0.1 * body && !other.line.bold)?.line.items[0]?.fontName;
    const fullMeasure = frame.right - line.right < em && line.x - frame.x < 3 * em;
    // Names carry no digits: a case number under a notice's headline ((2025)内0523民初1876号) is its text.
    if (afterHead && !line.bold && !line.boldLead && !fullMeasure && [...text].length <= 30 && !/[，。；！？：\d]/u.test(text) && (isCentred(line, frame, em) || line.items[0]?.fontName !== bodyFace || Math.abs(line.size - body) > 0.03 * body || (frame.right - line.right < em && line.x - frame.x > 3 * em))) return decide('byline', 0.75);
    const belowPicture = rules.pictures.some((picture) => line.y >= picture.y + picture.height - 1 && line.y - (picture.y + picture.height) < 1.5 * em && line.x < picture.x + picture.width && line.right > picture.x);
    if (line.size <= body * CAPTION_SCALE) {
      if (belowPicture || previous?.role === 'caption') return decide('caption', 0.95);
      return decide('caption', 0.75);
    }
    if (belowPicture && !line.bold) return decide('caption', 0.8);
    // A bold dateline alone on the first line of the text (本报巴彦淖尔讯, the text going on below): it opens the first paragraph.
    if (line.bold && DATELINE_ALONE.test(text) && !/[简快喜通资短音问]讯$/u.test(text) && (afterHead || previous?.role === 'byline')) return decide('paragraph', 0.85);
    // A bold head wrapped to a second line centred under a full first line (一问：离婚冷静期适用于 / 所有离婚吗？).
    const wrappedHead = previous?.role === 'heading' && previousLine && line.bold && previousLine.bold && Math.abs(line.size - previousLine.size) < 0.5 && line.y - previousLine.bottom < 0.8 * em && frame.right - previousLine.right < em && Math.abs((line.x + line.right) / 2 - (previousLine.x + previousLine.right) / 2) < em;
    if (wrappedHead) return decide('heading', 0.85);
    // A bold line of body size is a section head; a question may end one (二问：冷静期有多长？).
    if (line.bold && Math.abs(line.size - body) <= 0.15 * body && (!endsSentence(text) || /[？?]$/u.test(text)) && [...text].length <= 40) return decide('heading', 0.9);
    decide('paragraph', 0.9);
  });
  return decisions;
}
