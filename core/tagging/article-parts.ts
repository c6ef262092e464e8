import type { ArticleDoc, Block } from '../model/page-doc';

// When the analyzer misses the boundary between two articles, the second runs on inside the
// first. Its start still shows in the text: the first article's closing credit stands alone
// before it, or its own dateline opens a paragraph ("本报包头讯 今年以来，…"), under its headline
// (now a heading). A text is about its first part; this finds where a second one begins.

/**
 * An institution's closing credit standing alone: "（赤峰市中级人民法院供稿）", "（作者单位：…）".
 * A reporter's name in brackets ("（王刚）") is left out: it also closes each item of a roundup.
 */
const STANDALONE_CREDIT = /^[（(][^（）()]{0,40}(?:供稿|作者单位|来源)[^（）()]{0,40}[）)]$/u;

/** A dateline opening a paragraph: "本报包头讯", "本报讯", "赤峰讯" followed by the lead. */
const DATELINE_OPENING = /^(?:\*\*)?本报[\p{Script=Han}]{0,8}(?:讯|电)|^(?:\*\*)?[\p{Script=Han}]{2,8}讯(?:\*\*)?[\s\u3000]/u;

export const isStandaloneCredit = (block: Block) => block.type === 'paragraph' && STANDALONE_CREDIT.test(block.text.trim());

/**
 * The signature (落款) closing a notice or a letter: a body's name alone (…特此公告。 / 某某人民法院 /
 * 2025年3月1日), or with its date on the same line when the extractor ran the two together.
 */
const SIGNATURE = /^[\p{Script=Han}（）()·]{2,30}(法院|中院|高院)(\s*[〇零一二三四五六七八九十\d]{4}年[〇一二三四五六七八九十\d]{1,3}月[〇一二三四五六七八九十\d]{1,3}日)?$/u;
const DATE_ALONE = /^[〇零一二三四五六七八九十\d]{4}年[〇一二三四五六七八九十\d]{1,3}月[〇一二三四五六七八九十\d]{1,3}日$/u;

// A heading that is a court's name alone is an item of a list (a 名单 of honoured courts); with a date it is a signature.
const signatureLine = (block: Block) =>
  (block.type === 'paragraph' || (block.type === 'heading' && /日$/u.test(block.text.trim()))) && SIGNATURE.test(block.text.trim());

/**
 * Whether block `index` signs the text: a signature line that ends the blocks, or is followed by
 * its date alone (then it signs a notice that a second article follows).
 */
export function isSignatureAt(blocks: readonly Block[], index: number): boolean {
  if (!signatureLine(blocks[index])) return false;
  const next = blocks[index + 1];
  return index >= blocks.length - 2 || (next !== undefined && DATE_ALONE.test(next.text.trim()));
}

/**
 * The index of the block where a second article begins inside this one, or null. The blocks
 * after a standalone credit or a notice's signature and date start a new part (in the last two
 * blocks they close this article); so does a paragraph that opens with a dateline after the first paragraph, together
 * with the headings right above it (its headline and subtitle).
 */
export function secondPartStart(article: ArticleDoc): number | null {
  const blocks = article.blocks;
  const firstParagraph = blocks.findIndex((block) => block.type === 'paragraph');
  for (let index = Math.max(0, firstParagraph) + 1; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type === 'paragraph' && DATELINE_OPENING.test(block.text.trim())) {
      let start = index;
      while (start - 1 > firstParagraph && blocks[start - 1].type === 'heading') start--;
      return start;
    }
    if (isStandaloneCredit(block) && index < blocks.length - 2) return index + 1;
    if (isSignatureAt(blocks, index) && index < blocks.length - 2) return DATE_ALONE.test(blocks[index + 1].text.trim()) ? index + 2 : index + 1;
  }
  return null;
}
