// The page as the editor sees it: the engine's analysis re-assembled with the
// editor's overrides (break choices, line roles, article starts, undone moves).
import { assemblePage, type PageOverrides } from '../../core/analysis/assemble-page';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { Vocabulary } from '../../core/model/vocabulary';

export function applyOverrides(analysis: PageAnalysis, overrides: object | null, vocabulary: Vocabulary): PageAnalysis {
  if (!overrides) return analysis;
  return assemblePage(analysis, overrides as PageOverrides, vocabulary);
}
