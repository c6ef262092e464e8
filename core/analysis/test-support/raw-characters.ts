import type { PageAnalysis } from '../../model/page-analysis';

// What the invariant compares: characters after width folding, without whitespace and markup.
const canonical = (text: string) => text.normalize('NFKC').replace(/[\s*#“”"]/gu, '');

function histogram(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const char of canonical(text)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** Characters of the raw page that are missing from the result, or that the result has twice. */
export function characterDifferences(raw: string, analysis: PageAnalysis): string[] {
  const output: string[] = [...analysis.furniture];
  for (const article of analysis.articles) {
    for (const field of [article.title, article.subtitle, article.byline, article.dateline, article.credit]) if (field) output.push(field);
    for (const block of article.blocks) output.push(block.text);
  }
  const expected = histogram([raw]);
  const actual = histogram(output);
  const differences: string[] = [];
  for (const char of new Set([...expected.keys(), ...actual.keys()])) {
    const delta = (actual.get(char) ?? 0) - (expected.get(char) ?? 0);
    if (delta !== 0) differences.push(`${char}${delta > 0 ? '+' : ''}${delta}`);
  }
  return differences;
}
