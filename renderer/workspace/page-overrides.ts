import type { BreakChoice, LineRole, NormalizationRuleId, PageAnalysis } from '../../core/model/page-analysis';

/**
 * The editor's corrections to a page, as pages:setOverrides stores them and
 * core/analysis/assemble-page.ts applies them.
 */
export interface PageOverrides {
  breaks: Record<string, BreakChoice>;
  roles: Record<string, LineRole>;
  /** Raw lines where the editor forced a new article. */
  articleStarts: number[];
  undoMoves: number[];
  normalization: Partial<Record<NormalizationRuleId, boolean>>;
}

export function readOverrides(stored: unknown): PageOverrides {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<PageOverrides>;
  return {
    breaks: { ...(value.breaks ?? {}) },
    roles: { ...(value.roles ?? {}) },
    articleStarts: [...(value.articleStarts ?? [])],
    undoMoves: [...(value.undoMoves ?? [])],
    normalization: { ...(value.normalization ?? {}) },
  };
}

/** Each break's current choice: the editor's override, else the engine's decision. */
export function currentDecisions(analysis: PageAnalysis, overrides: PageOverrides): Record<number, BreakChoice> {
  const decisions: Record<number, BreakChoice> = {};
  for (const decision of analysis.breaks) decisions[decision.id] = overrides.breaks[decision.id] ?? decision.decision;
  return decisions;
}
