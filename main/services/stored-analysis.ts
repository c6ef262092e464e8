// The analysis as stored with its page: without `lines` when they are the raw text
// split again (a third of the JSON; rebuilt from the page's raw text on read). When
// the engine repaired the lines themselves (two columns an extractor set side by
// side, taken apart), they are not the raw text split, and are kept.
import { splitRawLines } from '../../core/analysis/analyze-page';
import type { PageAnalysis } from '../../core/model/page-analysis';

function linesAreRawSplit(lines: PageAnalysis['lines'], raw: string): boolean {
  const split = splitRawLines(raw);
  return split.length === lines.length && lines.every((line, index) => line.index === index && line.text === split[index]);
}

export function analysisToJson(analysis: PageAnalysis, raw: string): string {
  // Suggestions are stored with each article record (migration 0005), not twice.
  const { lines, articles, ...rest } = analysis;
  const stored = { ...rest, articles: articles.map(({ suggestions: _suggestions, ...article }) => article) };
  return JSON.stringify(linesAreRawSplit(lines, raw) ? stored : { ...stored, lines });
}

export function analysisFromJson(json: string, raw: string): PageAnalysis {
  const stored = JSON.parse(json) as Omit<PageAnalysis, 'lines'> & { lines?: PageAnalysis['lines'] };
  return { ...stored, lines: stored.lines ?? splitRawLines(raw).map((text, index) => ({ index, text })) };
}
