import type { LinePlacement, NormalizationRuleId, PageAnalysis } from '../model/page-analysis';
import type { Vocabulary } from '../model/vocabulary';
import { assemblePage, rememberLineFeatures } from './assemble-page';
import { classifyUnits } from './classify-units';
import { buildBreakContext, decideBreaks } from './decide-breaks';
import { blankLinesAsWraps, hasBlankLineArtifact, repairExtractorBreaks } from './extractor-artifacts/extractor-breaks';
import { classifyAroundFurniture } from './extractor-artifacts/interleaved-furniture';
import { mastheadAfterFormFeeds } from './extractor-artifacts/page-top-furniture';
import { mergedColumnsFlags } from './extractor-artifacts/merged-columns-flags';
import { splitMergedColumns } from './extractor-artifacts/merged-columns';
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
 * One raw page → its articles with every decision behind them. The pipeline: columns an extractor
 * set side by side taken apart (the page's `lines` are then in reading order) → line features →
 * column widths → break decisions → units → roles; then `assemblePage` segments articles,
 * repairs reading order, normalizes text and raises flags.
 */
export function analyzePage(raw: string, options: AnalyzeOptions = {}): PageAnalysis {
  // Lines that carry two columns side by side (pdftotext) are taken apart before anything reads them.
  const columns = splitMergedColumns(splitRawLines(raw));
  const rawLines = columns.lines;
  const features = extractPageLines(rawLines);
  const blankLineArtifact = hasBlankLineArtifact(features);
  const context = blankLineArtifact ? blankLinesAsWraps(buildBreakContext(features)) : buildBreakContext(features);
  const breaks = repairExtractorBreaks(decideBreaks(context), context, rawLines, blankLineArtifact);
  const units = groupUnits(features, (position) => breaks[position - 1].decision);
  const roles = classifyAroundFurniture(units, (kept) => classifyUnits(kept, context), mastheadAfterFormFeeds(units, rawLines));
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
    flags: mergedColumnsFlags(columns.notes, rawLines),
    normalization: [],
    moves: [],
  };
  rememberLineFeatures(base.lines, features);
  return assemblePage(base, { normalization: options.normalization }, options.vocabulary);
}
