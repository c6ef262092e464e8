import type { LinePlacement, NormalizationRuleId, PageAnalysis } from '../model/page-analysis';
import type { Vocabulary } from '../model/vocabulary';
import { assemblePage, rememberLineFeatures } from './assemble-page';
import { baseAnalysis } from './base-analysis';
import { classifyUnits } from './classify-units';
import { buildBreakContext, decideBreaks, type BreakContext } from './decide-breaks';
import { blankLinesAsWraps, hasBlankLineArtifact, repairExtractorBreaks } from './extractor-artifacts/extractor-breaks';
import { classifyAroundFurniture } from './extractor-artifacts/interleaved-furniture';
import { mastheadAfterFormFeeds } from './extractor-artifacts/page-top-furniture';
import { mergedColumnsFlags } from './extractor-artifacts/merged-columns-flags';
import { splitMergedColumns, type MergedColumnsResult } from './extractor-artifacts/merged-columns';
import { splitHeadBylineRows } from './extractor-artifacts/head-byline-rows';
import { bylineUnderMastheadTitle } from './extractor-artifacts/byline-under-masthead-title';
import { headlineUnderMastheadBand } from './extractor-artifacts/headline-in-masthead-band';
import { extractPageLines, type LineFeatures } from './line-features';
import { judgeLayout, type PageLayout } from './model/judge-layout';
import { groupUnits } from './text-units';
import { joinHeadlineFragments } from './headline-fragments';
import { joinHeadlineTails } from './headline-tails';
import { joinHeadOverSignature } from './head-over-signature';
import { keepRoundupItems } from './roundup-items';
import { headsOverTextPointingBack } from './anaphoric-lead';

export interface AnalyzeOptions {
  /** File name recorded as `source`. */
  source?: string;
  /** When given, each article gets suggested courts and themes. */
  vocabulary?: Vocabulary;
  /** Switch normalization rules off (all are on by default). */
  normalization?: Partial<Record<NormalizationRuleId, boolean>>;
  /** False: the rules alone, without the layout model's judgement (to measure what it adds). */
  layoutModel?: boolean;
}

export function splitRawLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
}

/**
 * The lines the engine reads, and the layout model is trained on: columns an extractor set side by side
 * taken apart (pdftotext), a head and its byline written on one row split, with notes of where.
 */
export function readableLines(raw: string): MergedColumnsResult {
  return splitHeadBylineRows(headlineUnderMastheadBand(bylineUnderMastheadTitle(splitMergedColumns(splitRawLines(raw)))));
}

/** What the rules alone make of a page: break decisions, the units they make, each unit's role. `columnsRead`: columns an extractor set side by side were taken apart. */
export function layOutByRules(features: readonly LineFeatures[], rawLines: readonly string[], columnsRead = false): { context: BreakContext; layout: PageLayout } {
  const blankLineArtifact = hasBlankLineArtifact(features);
  const built = { ...buildBreakContext(features), columnsRead };
  const context = blankLineArtifact ? blankLinesAsWraps(built) : built;
  const breaks = repairExtractorBreaks(decideBreaks(context), context, rawLines, blankLineArtifact);
  const units = groupUnits(features, (position) => breaks[position - 1].decision);
  const roles = classifyAroundFurniture(units, (kept) => classifyUnits(kept, context), mastheadAfterFormFeeds(units, rawLines));
  return { context, layout: { breaks, units, roles } };
}

/**
 * One raw page → its articles with every decision behind them. The pipeline: columns an extractor
 * set side by side taken apart (the page's `lines` are then in reading order) → line features →
 * column widths → break decisions → units → roles → the layout model's judgement where the rules had to guess; then `assemblePage` segments articles,
 * repairs reading order, normalizes text and raises flags.
 */
export function analyzePage(raw: string, options: AnalyzeOptions = {}): PageAnalysis {
  // Lines that carry two columns side by side (pdftotext) are taken apart before anything reads them.
  const columns = readableLines(raw);
  const rawLines = columns.lines;
  const features = extractPageLines(rawLines);
  const rules = layOutByRules(features, rawLines, columns.notes.length > 0);
  // The rules decide what is certain; the learned model judges where they had to guess.
  const judged = options.layoutModel === false ? rules.layout : judgeLayout(rules.context, rules.layout);
  const { breaks, units } = judged;
  const columnByLine = new Map(features.map((line, position) => [line, rules.context.columnWidths[position]]));
  const roles = headsOverTextPointingBack(units, keepRoundupItems(units, joinHeadOverSignature(units, joinHeadlineTails(units, joinHeadlineFragments(units, judged.roles), (line) => columnByLine.get(line) ?? null))));
  const placements: LinePlacement[] = units.flatMap((unit, index) => unit.lines.map((line) => ({ line: line.index, article: -1, role: roles[index] })));
  const base = baseAnalysis({ source: options.source ?? '', lines: rawLines, placements, breaks, flags: mergedColumnsFlags(columns.notes, rawLines) });
  rememberLineFeatures(base.lines, features);
  return assemblePage(base, { normalization: options.normalization }, options.vocabulary);
}
