import type { ArticleDoc } from '../model/page-doc';

/**
 * The cleaned text (清样) of one article as plain text: headline, subtitle, byline, then the body
 * with the dateline leading the first paragraph, one block per paragraph, the credit last.
 */
export function articlePlainText(article: ArticleDoc): string {
  const parts: string[] = [];
  if (article.title) parts.push(article.title);
  if (article.subtitle) parts.push(article.subtitle);
  if (article.byline) parts.push(article.byline);
  article.blocks.forEach((block, index) => {
    const dateline = index === 0 && article.dateline && block.type === 'paragraph' ? `${article.dateline}\u3000` : '';
    parts.push(dateline + block.text);
  });
  if (article.dateline && !article.blocks.length) parts.push(article.dateline);
  if (article.credit) parts.push(article.credit);
  return parts.join('\n\n');
}
