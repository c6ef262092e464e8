import { articlePlainText } from '../../core/analysis/article-plain-text';
import type { PageAnalysis } from '../../core/model/page-analysis';
import { toPageDocJson } from './page-doc-json';

export type OutputFormat = 'json' | 'md' | 'txt';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'md', 'txt'];

function toMarkdown(analysis: PageAnalysis): string {
  const out: string[] = [];
  if (analysis.furniture.length) out.push(analysis.furniture.map((item) => `> ${item}`).join('\n'));
  for (const article of analysis.articles) {
    out.push(`## ${article.title || '（无标题）'}`);
    if (article.subtitle) out.push(`### ${article.subtitle}`);
    if (article.byline) out.push(`*${article.byline}*`);
    article.blocks.forEach((block, index) => {
      const dateline = index === 0 && article.dateline ? `**${article.dateline}**\u3000` : '';
      if (block.type === 'heading') out.push(`#### ${block.text}`);
      else if (block.type === 'caption') out.push(`*${block.text}*`);
      else out.push(dateline + block.text);
    });
    if (article.credit) out.push(article.credit);
  }
  return `${out.join('\n\n')}\n`;
}

export function formatAnalysis(analysis: PageAnalysis, format: OutputFormat): string {
  if (format === 'json') return toPageDocJson(analysis);
  if (format === 'md') return toMarkdown(analysis);
  return `${analysis.articles.map((article) => articlePlainText(article)).join('\n\n\n')}\n`;
}
