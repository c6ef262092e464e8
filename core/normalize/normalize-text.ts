import type { NormalizationRuleId } from '../model/page-analysis';
import { removeCjkSpacing } from './cjk-spacing';
import { removeFormFeeds } from './form-feeds';
import { foldFullwidthAscii } from './fullwidth-ascii';
import { widenPunctuation } from './fullwidth-punctuation';
import { closeLetterSpacing } from './letter-spacing';
import { removeMarkdownDebris } from './markdown-debris';
import { pairQuotes } from './quote-pairing';
import { RADICAL_CHARACTER, foldRadicals } from './radical-ideographs';
import type { RuleResult } from './rule-result';

export type NormalizationRules = Partial<Record<NormalizationRuleId, boolean>>;
export type NormalizationCounts = Record<NormalizationRuleId, number>;

function foldRadicalCharacters(text: string): RuleResult {
  const folded = foldRadicals(text);
  return { text: folded.text, changes: folded.count };
}

/**
 * In the order they run: what the extractor put in (form feeds, radicals) first, then markup, so
 * later rules see the words; spacing last, letter-spacing before the other spaces.
 * `applies` is a cheap pre-check: text without these characters is left alone.
 */
export const NORMALIZATION_RULES: ReadonlyArray<{ id: NormalizationRuleId; applies: RegExp; apply: (text: string) => RuleResult }> = [
  { id: 'form-feeds', applies: /\f/u, apply: removeFormFeeds },
  { id: 'radical-ideographs', applies: RADICAL_CHARACTER, apply: foldRadicalCharacters },
  { id: 'markdown-debris', applies: /[#*_>]/u, apply: removeMarkdownDebris },
  { id: 'fullwidth-ascii', applies: /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u, apply: foldFullwidthAscii },
  { id: 'fullwidth-punctuation', applies: /[,:;?!()]/u, apply: widenPunctuation },
  { id: 'quote-pairing', applies: /"/u, apply: pairQuotes },
  { id: 'letter-spacing', applies: /\S[ \t\u00a0\u3000]+\S[ \t\u00a0\u3000]+\S/u, apply: closeLetterSpacing },
  { id: 'cjk-spacing', applies: /\S[ \t\u00a0\u3000]+\S/u, apply: removeCjkSpacing },
];

export function emptyCounts(): NormalizationCounts {
  return { 'form-feeds': 0, 'radical-ideographs': 0, 'markdown-debris': 0, 'fullwidth-ascii': 0, 'fullwidth-punctuation': 0, 'quote-pairing': 0, 'letter-spacing': 0, 'cjk-spacing': 0 };
}

/**
 * Character-level clean-up of one piece of text (a paragraph, a title). Never changes wording:
 * only markup, radical code points, widths of digits/letters/punctuation, quotes and spaces. A rule set to `false`
 * is skipped; `counts` says how many changes each rule made.
 */
export function normalizeText(text: string, rules: NormalizationRules = {}): { text: string; counts: NormalizationCounts } {
  const counts = emptyCounts();
  return { text: normalizeInto(text, rules, counts), counts };
}

/** As `normalizeText`, adding the changes to `counts` (the engine sums them over a page). */
export function normalizeInto(text: string, rules: NormalizationRules, counts: NormalizationCounts): string {
  let current = text;
  for (const rule of NORMALIZATION_RULES) {
    if (rules[rule.id] === false || !rule.applies.test(current)) continue;
    const result = rule.apply(current);
    current = result.text;
    counts[rule.id] += result.changes;
  }
  return current.trim();
}
