import type { ExportArticle } from './export-article';

/** Plain text: headline block, then the body, one paragraph per line. */
export function formatText(article: ExportArticle): string {
  const { fields } = article;
  const head = [fields.title, fields.subtitle, fields.byline, fields.dateline].filter((line): line is string => Boolean(line));
  const body = article.blocks.map((block) => block.text);
  return [...head, '', ...body, ...(fields.credit ? [fields.credit] : [])].join('\n') + '\n';
}

export function formatTexts(articles: readonly ExportArticle[]): string {
  return articles.map(formatText).join('\n\n');
}
