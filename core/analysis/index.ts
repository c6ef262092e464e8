// The text engine's public surface.
//
//   analyzePage(raw, { source, vocabulary, normalization }) → PageAnalysis
//     line features → column widths → break decisions (join/split, wrap/gap, confidence, reason)
//     → units → roles → assemblePage(…, {}): articles, furniture, reading-order moves,
//     normalization report, flags, placements.
//   assemblePage(analysis, overrides) → PageAnalysis
//     the pure re-assembly the editor calls after toggling a break, changing a line role,
//     splitting an article, undoing a move or switching a normalization rule (a few ms per page).
//   articlePlainText(article) → the cleaned text of one article.
//   normalizeText(text, rules) → { text, counts }: character-level clean-up for the editor panel.
export { analyzePage, splitRawLines, type AnalyzeOptions } from './analyze-page';
export { assemblePage, type PageOverrides } from './assemble-page';
export { articlePlainText } from './article-plain-text';
export { layOutPage, wrapText, type PageLayout } from './lay-out-page';
export { normalizeText, NORMALIZATION_RULES, type NormalizationCounts, type NormalizationRules } from '../normalize/normalize-text';
