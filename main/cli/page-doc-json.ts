import type { PageAnalysis } from '../../core/model/page-analysis';

/** The gold format plus the engine's breaks, flags, moves and normalization report. */
export function toPageDocJson(analysis: PageAnalysis): string {
  const { lines: _lines, ...rest } = analysis;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
