import type { RuleResult } from './rule-result';

// Markdown marks left by copy-paste from web pages: heading hashes, bold/italic stars, a quote
// marker and the two trailing spaces markdown uses as a line break. Words are kept.
export function removeMarkdownDebris(text: string): RuleResult {
  let changes = 0;
  let result = text.replace(/^\s{0,3}#{1,6}\s*/u, (match) => {
    changes++;
    return match.replace(/#+\s*/u, '');
  });
  result = result.replace(/\*\*|__/g, () => {
    changes++;
    return '';
  });
  result = result.replace(/^\s{0,3}>\s+/u, () => {
    changes++;
    return '';
  });
  return { text: result, changes };
}
