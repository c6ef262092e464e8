import type { ArticleDoc } from '../model/page-doc';
import type { EvidencePlace } from '../model/vocabulary';
import { isSignatureAt, isStandaloneCredit } from './article-parts';

export interface ArticleSegment {
  place: EvidencePlace;
  /** Block index for lead/body/heading/caption, else null. */
  block: number | null;
  text: string;
  /** Where the text starts in its block (the body after a long first paragraph's lead). */
  offset: number;
}

/**
 * A closing credit the analyzer left in the body, whole or broken over the last blocks by a line
 * or column break ("（作者单位：某某人民法" / "院）"): an opening parenthesis starting one of the
 * last three blocks, closed at the article's end, short enough to be a credit and not a paragraph.
 */
const MAX_CREDIT_LENGTH = 60;
function closingCreditStart(article: ArticleDoc): number {
  const blocks = article.blocks;
  if (article.credit || blocks.length < 2 || !/[）)]$/u.test(blocks[blocks.length - 1].text.trim())) return -1;
  for (let start = blocks.length - 1; start >= Math.max(1, blocks.length - 3); start--) {
    if (!/^[（(]/u.test(blocks[start].text.trim())) continue;
    const joined = blocks.slice(start).map((block) => block.text.trim()).join('');
    return joined.length <= MAX_CREDIT_LENGTH ? start : -1;
  }
  return -1;
}

/**
 * A news lead (导语) states the subject in its first sentences; an extractor that loses the
 * paragraph breaks runs the whole story into the first paragraph, so only its first two
 * sentences count as the lead and the rest is body.
 */
const LEAD_SENTENCES = 2;
function leadLength(text: string): number {
  let sentences = 0;
  for (let index = 0; index < text.length; index++) {
    if (!/[。！？!?]/u.test(text[index])) continue;
    // A question the lead asks (家长能否要回这些钱？) is its hook: the statement that answers it still belongs to the lead.
    const question = /[？?]/u.test(text[index]);
    // A sentence-final mark inside quotes ends the sentence after the closing quote.
    while (index + 1 < text.length && /[”’」』）)]/u.test(text[index + 1])) index++;
    if (!question && ++sentences === LEAD_SENTENCES) return index + 1;
  }
  return text.length;
}

/**
 * A short first paragraph with no sentence in it is a label ("【案情】", a byline run into the text
 * as "赵晓宁【案情】"), not the lead: the lead is the first paragraph that says something.
 */
const MAX_LABEL_LENGTH = 16;
const isLabel = (text: string) => text.trim().length <= MAX_LABEL_LENGTH && !/[。！？!?，,；;]/u.test(text);

/** The article's text in reading order, each piece labelled with where it stands. The lead is the first paragraph's opening. */
export function articleSegments(article: ArticleDoc): ArticleSegment[] {
  const segments: ArticleSegment[] = [];
  const field = (place: EvidencePlace, text: string | null) => {
    if (text) segments.push({ place, block: null, text, offset: 0 });
  };
  // A headline wholly in brackets ("（松山区人民法院 邹文静）") is the credit of the article before,
  // taken for a headline across a lost boundary: it says nothing of this one.
  if (!/^[（(][^（）()]*[）)]$/u.test(article.title.trim())) field('title', article.title);
  field('subtitle', article.subtitle);
  field('byline', article.byline);
  field('dateline', article.dateline);
  const creditStart = closingCreditStart(article);
  const blocks = creditStart >= 0 ? article.blocks.slice(0, creditStart) : article.blocks;
  // A photo story has no paragraph; its first caption then states what the article is about.
  let leadIndex = blocks.findIndex((block) => block.type === 'paragraph' && !isLabel(block.text));
  if (leadIndex < 0) leadIndex = blocks.findIndex((block) => block.type === 'paragraph');
  if (leadIndex < 0) leadIndex = blocks.findIndex((block) => block.type === 'caption');
  blocks.forEach((block, index) => {
    if (index === leadIndex) {
      const end = leadLength(block.text);
      segments.push({ place: 'lead', block: index, text: block.text.slice(0, end), offset: 0 });
      if (end < block.text.length) segments.push({ place: 'body', block: index, text: block.text.slice(end), offset: end });
      return;
    }
    let place: EvidencePlace;
    if (isSignatureAt(blocks, index) || isStandaloneCredit(block)) place = 'credit';
    else if (block.type === 'paragraph') place = 'body';
    else place = block.type;
    segments.push({ place, block: index, text: block.text, offset: 0 });
  });
  if (creditStart >= 0) {
    segments.push({ place: 'credit', block: creditStart, text: article.blocks.slice(creditStart).map((block) => block.text.trim()).join(''), offset: 0 });
  }
  field('credit', article.credit);
  return segments;
}
