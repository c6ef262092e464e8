import type { ArticleDoc } from '../model/page-doc';
import type { EvidencePlace } from '../model/vocabulary';

export interface ArticleSegment {
  place: EvidencePlace;
  /** Block index for lead/body/heading/caption, else null. */
  block: number | null;
  text: string;
}

/**
 * The signature (落款) closing a notice or a letter: a body's name alone on one of the last two
 * paragraphs (…特此公告。 / 某某人民法院 / 2025年3月1日). It speaks for the article as a credit does.
 */
const SIGNATURE = /^[\p{Script=Han}（）()·]{2,30}(法院|中院|高院)$/u;

/** The article's text in reading order, each piece labelled with where it stands. The lead is the first paragraph. */
export function articleSegments(article: ArticleDoc): ArticleSegment[] {
  const segments: ArticleSegment[] = [];
  const field = (place: EvidencePlace, text: string | null) => {
    if (text) segments.push({ place, block: null, text });
  };
  field('title', article.title);
  field('subtitle', article.subtitle);
  field('byline', article.byline);
  field('dateline', article.dateline);
  // A photo story has no paragraph; its first caption then states what the article is about.
  let leadIndex = article.blocks.findIndex((block) => block.type === 'paragraph');
  if (leadIndex < 0) leadIndex = article.blocks.findIndex((block) => block.type === 'caption');
  article.blocks.forEach((block, index) => {
    let place: EvidencePlace;
    if (index === leadIndex) place = 'lead';
    else if (block.type === 'paragraph' && index >= article.blocks.length - 2 && SIGNATURE.test(block.text.trim())) place = 'credit';
    else if (block.type === 'paragraph') place = 'body';
    else place = block.type;
    segments.push({ place, block: index, text: block.text });
  });
  field('credit', article.credit);
  return segments;
}
