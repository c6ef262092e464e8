import { isChinesePunctuation, isChineseContext, isHan } from '../analysis/character-classes';
import type { RuleResult } from './rule-result';

// Chinese print puts no space between a Han character and a digit or Latin word (`12 项` -> `12项`),
// nor around full-width marks (`本报记者 ● 王雅妮`). A space between two Han phrases is kept: it
// separates the halves of a headline or names in a credit.
// Quotes and title marks belong to the phrase they enclose: `党建引领“双推进” 同频共振` keeps its space.
// Letter-spaced text (`法 院 专 刊`) is closed by its own rule first (letter-spacing.ts).
const isPhraseEdge = (char: string): boolean => isHan(char) || '“”‘’《》「」『』'.includes(char);

export function removeCjkSpacing(text: string): RuleResult {
  let changes = 0;
  const result = text.replace(/(\S)([ \t\u00a0\u3000]+)(?=(\S))/gu, (match, before: string, _space: string, after: string) => {
    if (isPhraseEdge(before) && isPhraseEdge(after)) return match;
    const beforeMark = isChinesePunctuation(before);
    const afterMark = isChinesePunctuation(after);
    const beforeAscii = /[\x21-\x7e]/.test(before);
    const afterAscii = /[\x21-\x7e]/.test(after);
    if (beforeMark || afterMark || (isChineseContext(before) && afterAscii) || (beforeAscii && isChineseContext(after))) {
      changes++;
      return before;
    }
    return match;
  });
  return { text: result, changes };
}
