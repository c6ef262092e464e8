import { isChineseContext } from '../analysis/character-classes';
import type { RuleResult } from './rule-result';

const FULLWIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

function neighbour(chars: string[], from: number, step: 1 | -1): string {
  for (let index = from; index >= 0 && index < chars.length; index += step) {
    if (chars[index] !== ' ' && chars[index] !== '\t') return chars[index];
  }
  return '';
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/**
 * Half-width `,:;?!()` inside Chinese text become full-width (GB/T 15834). Marks in ASCII
 * context keep their width: `8:00`, `3,000`, `http://`, `Tel (0471)` between Latin words.
 * A bracket pair is converted as a pair when either side or its content is Chinese.
 */
export function widenPunctuation(text: string): RuleResult {
  if (!/[,:;?!()]/.test(text)) return { text, changes: 0 };
  // Marks first, brackets second: `电话: (0471)` — the bracket sees the colon already widened.
  const marks = widenMarks(text);
  const brackets = widenBrackets(marks.text);
  return { text: brackets.text, changes: marks.changes + brackets.changes };
}

/** Does the stretch of non-Chinese text around `index` border on Chinese text (`达98%,34%的`)? */
function asciiRunTouchesChinese(chars: string[], index: number): boolean {
  let left = index - 1;
  while (left >= 0 && !isChineseContext(chars[left])) left--;
  let right = index + 1;
  while (right < chars.length && !isChineseContext(chars[right])) right++;
  const touches = left >= 0 || right < chars.length;
  if (!touches) return false;
  // Inside a Latin phrase (`Hello, world`) the mark belongs to the Latin text.
  const before = chars.slice(left + 1, index).join('');
  const after = chars.slice(index + 1, right).join('');
  return !(/[A-Za-z]{2,}\s*$/u.test(before) && /^\s*[A-Za-z]{2,}/u.test(after));
}

function widenMarks(text: string): RuleResult {
  const chars = [...text];
  const original = chars.slice();
  let changes = 0;
  original.forEach((char, index) => {
    const wide = FULLWIDTH[char];
    if (!wide || char === '(' || char === ')') return;
    if ((char === ',' || char === ':') && isDigit(original[index - 1]) && isDigit(original[index + 1])) return;
    if (char === ':' && original[index + 1] === '/') return;
    const before = neighbour(original, index - 1, -1);
    const after = neighbour(original, index + 1, 1);
    if (isChineseContext(before) || isChineseContext(after) || asciiRunTouchesChinese(original, index)) {
      chars[index] = wide;
      changes++;
    }
  });
  return { text: chars.join(''), changes };
}

function widenBrackets(text: string): RuleResult {
  if (!/[()]/.test(text)) return { text, changes: 0 };
  const chars = [...text];
  const original = chars.slice();
  const chineseBefore = (index: number): boolean => isChineseContext(neighbour(original, index - 1, -1));
  const chineseAfter = (index: number): boolean => isChineseContext(neighbour(original, index + 1, 1));
  let changes = 0;
  const bracketDecided = new Map<number, boolean>();
  const stack: number[] = [];
  original.forEach((char, index) => {
    if (char === '(') stack.push(index);
    else if (char === ')' && stack.length) {
      const open = stack.pop() as number;
      const inner = original.slice(open + 1, index);
      const wide = chineseBefore(open) || chineseAfter(index) || inner.some((innerChar) => isChineseContext(innerChar));
      bracketDecided.set(open, wide);
      bracketDecided.set(index, wide);
    }
  });
  original.forEach((char, index) => {
    if (char !== '(' && char !== ')') return;
    if (bracketDecided.get(index) ?? (chineseBefore(index) || chineseAfter(index))) {
      const wide = FULLWIDTH[char];
      chars[index] = wide;
      changes++;
    }
  });
  return { text: chars.join(''), changes };
}
