import { CLOSERS, FORBIDDEN_LINE_START, isHan, SENTENCE_FINAL } from '../character-classes';
import { displayWidth } from '../display-width';

// One column's line as it stands in a row pdftotext merged (`旗，牧民家中的纠纷常常还`), and
// what its shape says about the line before and after it in its column.

/** A full line may fall short of the measure by a cell (a mark kept off a line's start) or pass it by half a Latin cell. */
export const FULL_SLACK_BELOW = 1.25;
export const FULL_SLACK_ABOVE = 1;
/** A paragraph's first line stands in by two cells, which plain pdftotext drops. */
export const INDENT = 2;
/** A first line is two cells short, give or take digits and a dateline's space. */
export const FIRST_SLACK = 1.25;

/** A bracketed line of its own: an article's credit or its writer's name (`（某某法院供稿）`, `（王刚）`). */
export const BRACKETED_LINE = /^（[^（）]+）$/u;

/** The line ends a paragraph (or a lead-in `…三件事：`): the next line of its column may start a new one. */
export function endsParagraphLike(text: string): boolean {
  // A bracketed line of its own (`（某某法院供稿）`, `（王刚）`) closes its article.
  if (BRACKETED_LINE.test(text)) return true;
  let end = text.length - 1;
  while (end > 0 && CLOSERS.includes(text[end])) end--;
  return SENTENCE_FINAL.includes(text[end]) || text[end] === '：';
}

export type PieceShape = 'full' | 'first' | 'last' | 'short';

export interface ColumnPiece {
  text: string;
  width: number;
  shape: PieceShape;
  /** Starts with a mark no line may start with: it continues the line above it in its column. */
  continues: boolean;
}

/** A spread-out line's words are no wider than this: a Han character with a mark or two, or a group of digits. */
const SPREAD_WORD_WIDTH = 3;
/** A word of a line justified so wide that the extractor wrote a space between its characters: one Han character at most, with marks or digits beside it (`们`, `。”5`, `2024`). */
export const spreadWord = (word: string) => displayWidth(word) <= SPREAD_WORD_WIDTH && [...word].filter(isHan).length <= 1;
/** Words it takes in a row before they are a spread-out line, not a spaced name (`王 伟`). */
export const SPREAD_RUN = 3;
/** A column's line spread to its measure (`林 低 着 头 ， 一 句 话`): its spaces are the extractor's. */
const spreadOut = (text: string) => {
  const words = text.split(' ');
  return words.length >= SPREAD_RUN && words.every(spreadWord);
};

/** A piece's width in the column, without the spaces an extractor wrote into a line spread to the measure. */
export function pieceWidth(text: string): number {
  return spreadOut(text) ? displayWidth(text.replace(/ /gu, '')) : displayWidth(text);
}

/** How a piece of text sits in a column of the given measure. */
export function shapeOf(text: string, measure: number): PieceShape {
  // Justifying spreads a full line, never a paragraph's last: a spread-out line is full, however few its characters.
  if (spreadOut(text)) return 'full';
  const width = displayWidth(text);
  if (endsParagraphLike(text) && width < measure - FULL_SLACK_BELOW) return 'last';
  if (Math.abs(width - measure) <= FULL_SLACK_ABOVE || (width >= measure - FULL_SLACK_BELOW && width <= measure)) return 'full';
  if (Math.abs(width - (measure - INDENT)) <= FIRST_SLACK) return 'first';
  return endsParagraphLike(text) ? 'last' : 'short';
}

export function columnPiece(text: string, measure: number): ColumnPiece {
  return { text, width: pieceWidth(text), shape: shapeOf(text, measure), continues: FORBIDDEN_LINE_START.includes(text[0] ?? '') };
}
