import type { ArticleDoc, Block } from '../model/page-doc';

/** An article for tagging tests: empty fields and no tags unless given. */
export function testArticle(fields: Partial<ArticleDoc>): ArticleDoc {
  return { title: '', subtitle: null, byline: null, dateline: null, credit: null, courts: [], themes: [], blocks: [], ...fields };
}

export const paragraphs = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: 'paragraph' as const, text }));
