// The analysis as stored with its page: without `lines`, which are the raw text
// split again (a third of the JSON) and are rebuilt from the page's raw text on read.
import { splitRawLines } from '../../core/analysis/analyze-page';
import type { PageAnalysis } from '../../core/model/page-analysis';

export function analysisToJson(analysis: PageAnalysis): string {
  // Suggestions are stored with each article record (migration 0005), not twice.
  const { lines: _lines, articles, ...rest } = analysis;
  return JSON.stringify({ ...rest, articles: articles.map(({ suggestions: _suggestions, ...article }) => article) });
}

export function analysisFromJson(json: string, raw: string): PageAnalysis {
  const stored = JSON.parse(json) as Omit<PageAnalysis, 'lines'> & { lines?: PageAnalysis['lines'] };
  return { ...stored, lines: stored.lines ?? splitRawLines(raw).map((text, index) => ({ index, text })) };
}
