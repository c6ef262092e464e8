// The page as the editor sees it: the engine's analysis re-assembled with the
// editor's overrides. Stands in until core/analysis/assemble-page.ts lands:
// overrides are stored and the analysis returned unchanged.
import type { PageAnalysis } from '../../core/model/page-analysis';

export function applyOverrides(analysis: PageAnalysis, _overrides: Record<string, unknown> | null): PageAnalysis {
  return analysis;
}
