// The text engine's public surface: analyze a page, re-assemble it after edits, clean text.
export { analyzePage, splitRawLines, type AnalyzeOptions } from './analyze-page';
export { assemblePage, type PageOverrides } from './assemble-page';
export { articlePlainText } from './article-plain-text';
export { layOutPage, wrapText, type PageLayout } from './lay-out-page';
export { normalizeText, NORMALIZATION_RULES, type NormalizationCounts, type NormalizationRules } from '../normalize/normalize-text';
