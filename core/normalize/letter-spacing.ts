import { OPENERS, isChinesePunctuation, isChineseContext, isHan } from '../analysis/character-classes';
import type { RuleResult } from './rule-result';

const SPACE = /[ \t\u00a0\u3000]+/gu;
/** Letter-spaced text has at least this many one-character words in a row; a spaced two-character name (`王 伟`) has two. */
const LETTER_SPACED_RUN = 3;
/** A run this long is a justified line, not a spaced-out name or word. */
const LONG_RUN = 5;

/** A word of letter-spaced text: one Han character, with the marks that cling to it (`“这`, `们，`), or marks alone. */
function letterSpacedWord(word: string): 'han' | 'marks' | null {
  const chars = [...word];
  if (chars.length === 0 || !chars.every(isChineseContext)) return null;
  const han = chars.filter(isHan).length;
  if (han === 1) return 'han';
  return han === 0 && chars.length <= 2 ? 'marks' : null;
}

/**
 * Text set with a space after every character (`“ 这 ⾥ 是 我 们`), as PDF extraction gives
 * spaced-out headlines and pull quotes: the spaces go. Returns the text and how many runs of
 * space it took out.
 */
export function closeLetterSpacing(text: string): RuleResult {
  const words: Array<{ start: number; end: number; kind: 'han' | 'marks' | null }> = [];
  let start = 0;
  for (const space of text.matchAll(SPACE)) {
    words.push({ start, end: space.index, kind: letterSpacedWord(text.slice(start, space.index)) });
    start = space.index + space[0].length;
  }
  words.push({ start, end: text.length, kind: letterSpacedWord(text.slice(start)) });
  const closed = new Set<number>();
  for (let first = 0; first < words.length; ) {
    let last = first;
    while (last < words.length && words[last].kind !== null) last++;
    const hanWords = words.slice(first, last).filter((word) => word.kind === 'han').length;
    if (hanWords >= LETTER_SPACED_RUN) {
      for (let index = first + 1; index < last; index++) closed.add(index);
      // An opening quote or bracket ending the word before (`他说：“ 这 ⾥…`) and a mark opening the word after belong to the run.
      if (first > 0 && OPENERS.includes(text[words[first - 1].end - 1])) closed.add(first);
      if (last < words.length && isChinesePunctuation(text[words[last].start]) && !OPENERS.includes(text[words[last].start])) closed.add(last);
      // A long run was one line of justified text (PDF extraction): the words it wrapped into on either side belong to it.
      const longRun = hanWords >= LONG_RUN;
      if (longRun && first > 0 && words[first].kind === 'han' && isHan(text[words[first - 1].end - 1])) closed.add(first);
      if (longRun && last < words.length && words[last - 1].kind === 'han' && isHan(text[words[last].start])) closed.add(last);
    }
    first = last + 1;
  }
  if (closed.size === 0) return { text, changes: 0 };
  let result = text.slice(words[0].start, words[0].end);
  words.slice(1).forEach((word, index) => {
    result += (closed.has(index + 1) ? '' : text.slice(words[index].end, word.start)) + text.slice(word.start, word.end);
  });
  return { text: result, changes: closed.size };
}
