import type { LinePlacement, NormalizationRuleId, PageAnalysis } from '../model/page-analysis';
import type { Vocabulary } from '../model/vocabulary';
import { assemblePage, rememberLineFeatures } from './assemble-page';
import { classifyUnits } from './classify-units';
import { buildBreakContext, decideBreaks } from './decide-breaks';
import { extractPageLines } from './line-features';
import { groupUnits } from './text-units';

export interface AnalyzeOptions {
  /** File name recorded as `source`. */
  source?: string;
  /** When given, each article gets suggested courts and themes. */
  vocabulary?: Vocabulary;
  /** Switch normalization rules off (all are on by default). */
  normalization?: Partial<Record<NormalizationRuleId, boolean>>;
}

export function splitRawLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
}

/**
 * One raw page → its articles with every decision behind them. The pipeline: line features →
 * column widths → break decisions → units → roles; then `assemblePage` segments articles,
 * repairs reading order, normalizes text and raises flags.
 */
export function analyzePage(raw: string, options: AnalyzeOptions = {}): PageAnalysis {
  const rawLines = splitRawLines(raw);
  const features = extractPageLines(rawLines);
  const context = buildBreakContext(features);
  const breaks = decideBreaks(context);
  const units = groupUnits(features, (position) => breaks[position - 1].decision);
  const roles = classifyUnits(units, context);
  const placements: LinePlacement[] = units.flatMap((unit, index) => unit.lines.map((line) => ({ line: line.index, article: -1, role: roles[index] })));
  const base: PageAnalysis = {
    source: options.source ?? '',
    publication: null,
    issue_date: null,
    page_label: null,
    furniture: [],
    articles: [],
    lines: rawLines.map((text, index) => ({ index, text })),
    placements,
    breaks,
    flags: [],
    normalization: [],
    moves: [],
  };
  rememberLineFeatures(base.lines, features);
  return assemblePage(base, { normalization: options.normalization }, options.vocabulary);
}
