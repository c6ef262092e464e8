import { isChineseContext } from '../analysis/character-classes';
import type { RuleResult } from './rule-result';

// Straight quotes typed into Chinese text become curly ones, opening and closing in turn.
export function pairQuotes(text: string): RuleResult {
  if (!text.includes('"')) return { text, changes: 0 };
  const chars = [...text];
  const hasChinese = chars.some((char) => isChineseContext(char) && char !== '"');
  if (!hasChinese) return { text, changes: 0 };
  let changes = 0;
  let open = false;
  chars.forEach((char, index) => {
    if (char === '“') open = true;
    else if (char === '”') open = false;
    else if (char === '"') {
      chars[index] = open ? '”' : '“';
      open = !open;
      changes++;
    }
  });
  return { text: chars.join(''), changes };
}
