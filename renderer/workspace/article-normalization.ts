import type { AnalyzedArticle, PageAnalysis } from '../../core/model/page-analysis';

/** The article's raw text as the lines give it, each line trimmed and run together per block. */
export function articleRawText(article: AnalyzedArticle, analysis: PageAnalysis): string {
  return article.blocks.map((block) => block.lines.map((line) => analysis.lines[line]?.text.trim() ?? '').join('')).join('\n');
}
