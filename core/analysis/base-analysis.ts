// What a page analysis holds before `assemblePage`: the raw lines and the layout
// decisions (placements with roles, breaks, page-level flags); articles, furniture,
// normalization and reading-order moves are assembled from them. Text and PDF pages
// start from this same shape, so the editor's overrides apply to both unchanged.
import type { BreakDecision, Flag, LinePlacement, PageAnalysis } from '../model/page-analysis';

export interface LayoutDecisions {
  source: string;
  lines: readonly string[];
  placements: LinePlacement[];
  breaks: BreakDecision[];
  flags?: Flag[];
}

export function baseAnalysis({ source, lines, placements, breaks, flags = [] }: LayoutDecisions): PageAnalysis {
  return {
    source,
    publication: null,
    issue_date: null,
    page_label: null,
    furniture: [],
    articles: [],
    lines: lines.map((text, index) => ({ index, text })),
    placements,
    breaks,
    flags,
    normalization: [],
    moves: [],
  };
}
