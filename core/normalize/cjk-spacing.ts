import { isChinesePunctuation, isChineseContext, isHan } from '../analysis/character-classes';
import type { RuleResult } from './rule-result';

// Chinese print puts no space between a Han character and a digit or Latin word (`12 项` -> `12项`),
// nor around full-width marks (`本报记者 ● 王雅妮`). A space between two Han phrases is kept: it
// separates the halves of a headline or names in a credit.
export function removeCjkSpacing(text: string): RuleResult {
  let changes = 0;
  const result = text.replace(/(\S)([ \t\u00a0\u3000]+)(?=(\S))/gu, (match, before: string, _space: string, after: string) => {
    const beforeHan = isHan(before);
    const afterHan = isHan(after);
    if (beforeHan && afterHan) return match;
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
