// The full-text index is one FTS5 table over pre-tokenized text. Every run of
// word characters (CJK ideographs, letters, digits) becomes its overlapping
// bigrams plus its last character as a unigram; punctuation and spaces end a run
// and are not indexed. One index then answers any query:
// - one character: the prefix query `字*` (every occurrence of a character either
//   starts a bigram or ends a run), read from the table's one-character prefix index;
// - two characters: one bigram token;
// - three or more: the phrase of the query's bigrams, consecutive in the text.
// Letters and digits are split the same way as ideographs, so `368` finds `12368`
// and a case number finds its digits; unicode61 folds case on both sides.

/** Letters and digits of any script, ideographs included: what unicode61 keeps as token characters. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

function isWordCharacter(code: number, character: string): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code < 0x80) return false;
  return WORD_CHARACTER.test(character);
}

interface Run {
  characters: string[];
  /** Whether something not indexed (punctuation, a space) follows the run inside the text. */
  closed: boolean;
}

function wordRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    const character = code > 0xffff ? text.slice(index, index + 2) : text[index];
    index += character.length;
    if (isWordCharacter(code, character)) current.push(character);
    else if (current.length) {
      runs.push({ characters: current, closed: true });
      current = [];
    }
  }
  if (current.length) runs.push({ characters: current, closed: false });
  return runs;
}

/** The runs of word characters in the text, in order: what the index and a query's terms are made of. */
export function wordsOf(text: string): string[] {
  return wordRuns(text).map((run) => run.characters.join(''));
}

function bigrams(characters: readonly string[]): string[] {
  const grams: string[] = [];
  for (let index = 1; index < characters.length; index++) grams.push(characters[index - 1] + characters[index]);
  return grams;
}

/** The text as the index stores it (see the top of this file). */
export function toSearchGrams(text: string): string {
  const tokens: string[] = [];
  for (const run of wordRuns(text)) tokens.push(...bigrams(run.characters), run.characters[run.characters.length - 1]);
  return tokens.join(' ');
}

/**
 * One query term as an FTS5 expression over that index, or null when it has no
 * word character to look for. A run the term closes with punctuation must end
 * there in the text too (its unigram is part of the phrase); the term's last run
 * may go on in the text, and a last run of one character is a prefix.
 */
export function termMatch(term: string): string | null {
  const runs = wordRuns(term);
  if (runs.length === 0) return null;
  const tokens: string[] = [];
  let prefix = false;
  for (const run of runs) {
    tokens.push(...bigrams(run.characters));
    const last = run.characters[run.characters.length - 1];
    if (run.closed) tokens.push(last);
    else if (run.characters.length === 1) {
      tokens.push(last);
      prefix = true;
    }
  }
  // Word characters never include a double quote, so the phrase needs no escaping.
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}
