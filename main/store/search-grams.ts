// Pre-tokenizes text for the bigram index: every run of CJK characters becomes
// its overlapping bigrams plus its final character as a unigram, so that a
// two-character query is one token and a one-character query is the prefix
// query `字*` (every occurrence of a character either starts a bigram or ends a run).
// Other words (Latin, digits) pass through for unicode61 to tokenize.
const cjkRun = /[\p{Script=Han}\u3007]+/gu;

export function toSearchGrams(text: string): string {
  const tokens: string[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(cjkRun)) {
    const before = text.slice(lastEnd, match.index);
    if (/[\p{L}\p{N}]/u.test(before)) tokens.push(before);
    const characters = Array.from(match[0]);
    for (let index = 0; index + 1 < characters.length; index++) tokens.push(characters[index] + characters[index + 1]);
    tokens.push(characters[characters.length - 1]);
    lastEnd = match.index + match[0].length;
  }
  const rest = text.slice(lastEnd);
  if (/[\p{L}\p{N}]/u.test(rest)) tokens.push(rest);
  return tokens.join(' ');
}

export function isCjkOnly(text: string): boolean {
  return /^[\p{Script=Han}\u3007]+$/u.test(text);
}
