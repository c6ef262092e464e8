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

// Code units from the CJK radicals block up (Han, kana, full-width forms, surrogate halves of
// rare Han) and the marks Chinese text borrows from general punctuation.
function isChineseCode(code: number): boolean {
  return code >= 0x2e80 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026 || code === 0x2014 || code === 0x00b7 || code === 0x25cf;
}

const isSpaceCode = (code: number) => code === 0x20 || code === 0x09;
/** How far a mark looks for Chinese text through a stretch of ASCII; keeps the rule linear. */
const ASCII_RUN_LIMIT = 64;

function chineseNeighbour(text: string, index: number, step: 1 | -1): boolean {
  for (let position = index + step; position >= 0 && position < text.length; position += step) {
    const code = text.charCodeAt(position);
    if (!isSpaceCode(code)) return isChineseCode(code);
  }
  return false;
}

/** Does the stretch of non-Chinese text around `index` border on Chinese text (`达98%,34%的`)? */
function asciiRunTouchesChinese(text: string, index: number): boolean {
  let left = index - 1;
  while (left >= 0 && index - left < ASCII_RUN_LIMIT && !isChineseCode(text.charCodeAt(left))) left--;
  let right = index + 1;
  while (right < text.length && right - index < ASCII_RUN_LIMIT && !isChineseCode(text.charCodeAt(right))) right++;
  const touchesLeft = left >= 0 && isChineseCode(text.charCodeAt(left));
  const touchesRight = right < text.length && isChineseCode(text.charCodeAt(right));
  if (!touchesLeft && !touchesRight) return false;
  // Inside a Latin phrase (`Hello, world`) the mark belongs to the Latin text.
  return !(/[A-Za-z]{2,}\s*$/u.test(text.slice(left + 1, index)) && /^\s*[A-Za-z]{2,}/u.test(text.slice(index + 1, right)));
}

function widenMarks(text: string): RuleResult {
  let out = '';
  let last = 0;
  let changes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // , : ; ? !
    if (code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x3f && code !== 0x21) continue;
    const char = text[index];
    const wide = FULLWIDTH[char];
    if ((char === ',' || char === ':') && isDigit(text[index - 1]) && isDigit(text[index + 1])) continue;
    if (char === ':' && text[index + 1] === '/') continue;
    if (chineseNeighbour(text, index, -1) || chineseNeighbour(text, index, 1) || asciiRunTouchesChinese(text, index)) {
      out += text.slice(last, index) + wide;
      last = index + 1;
      changes++;
    }
  }
  return changes ? { text: out + text.slice(last), changes } : { text, changes: 0 };
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
