import type { AnalyzedArticle, PageAnalysis } from '../../core/model/page-analysis';
import { emptyCounts, normalizeText, type NormalizationCounts } from '../../core/normalize/normalize-text';

/** The article's raw text as the lines give it, each line trimmed and run together per block. */
export function articleRawText(article: AnalyzedArticle, analysis: PageAnalysis): string {
  return article.blocks.map((block) => block.lines.map((line) => analysis.lines[line]?.text.trim() ?? '').join('')).join('\n');
}

/** How many changes each rule makes on this article's raw blocks. */
export function articleRuleCounts(article: AnalyzedArticle, analysis: PageAnalysis): NormalizationCounts {
  const counts = emptyCounts();
  for (const block of articleRawText(article, analysis).split('\n')) {
    const result = normalizeText(block);
    for (const [rule, count] of Object.entries(result.counts)) counts[rule as keyof NormalizationCounts] += count;
  }
  return counts;
}
