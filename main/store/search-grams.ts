// Pre-tokenizes text for the bigram index: every run of CJK characters becomes
// its overlapping bigrams plus its final character as a unigram, so that a
// two-character query is one token and a one-character query is the prefix
// query `字*` (every occurrence of a character either starts a bigram or ends a
// run), answered by the one-character prefix index. Other words (Latin, digits)
// pass through for unicode61 to tokenize.

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** One code point at `index` (surrogate pairs included) and whether it is a CJK ideograph. */
function codePointAt(text: string, index: number): { character: string; cjk: boolean } {
  const code = text.codePointAt(index)!;
  const character = code > 0xffff ? text.slice(index, index + 2) : text[index];
  return { character, cjk: isCjk(code) || (code >= 0x20000 && code <= 0x3134f) };
}

export function toSearchGrams(text: string): string {
  const tokens: string[] = [];
  let previous: string | null = null;
  let other = '';
  const pushOther = () => {
    if (other.trim()) tokens.push(other.trim());
    other = '';
  };
  for (let index = 0; index < text.length; ) {
    const { character, cjk } = codePointAt(text, index);
    index += character.length;
    if (cjk) {
      pushOther();
      if (previous !== null) tokens.push(previous + character);
      previous = character;
    } else {
      if (previous !== null) tokens.push(previous);
      previous = null;
      other += character;
    }
  }
  if (previous !== null) tokens.push(previous);
  pushOther();
  return tokens.join(' ');
}

export function isCjkOnly(text: string): boolean {
  if (text === '') return false;
  for (let index = 0; index < text.length; ) {
    const { character, cjk } = codePointAt(text, index);
    if (!cjk) return false;
    index += character.length;
  }
  return true;
}
