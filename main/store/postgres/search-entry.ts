// What the PostgreSQL search index stores for an article and asks for a query
// term, built from the same runs of word characters as SQLite's gram index
// (store/search-grams.ts), so that both engines find the same articles.
//
// SQLite answers a term with an FTS5 phrase over the tokens of the text: each run
// of word characters gives its bigrams then its last character. A phrase of those
// tokens matches exactly where the term's runs, joined by one separator, occur in
// the text's runs joined the same way and each followed by a separator: a run the
// term closes with punctuation must end there in the text, the next one must start
// the next run, the first and last may sit inside a run. So PostgreSQL keeps two
// things per article:
// - lexemes: every distinct bigram within a run and every distinct character, for
//   a GIN index that finds candidates (one character is one lexeme, so a
//   one-character query reads one posting list, like FTS5's prefix index);
// - words: the runs, case-folded, each followed by a space, in which the term's own
//   words must occur as a substring: the exact test.
// Title and text are kept apart because an FTS5 phrase never spans two columns.
import { wordsOf } from '../search-grams';

const SEPARATOR = ' ';
const LATIN_WITH_DIACRITICS = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{N}]$/u;

/** As FTS5's unicode61 tokenizer folds tokens: lower case, diacritics removed from Latin letters. */
function fold(run: string): string {
  const lower = run.toLowerCase();
  if (!LATIN_WITH_DIACRITICS.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
}

function foldedRuns(text: string): string[][] {
  return wordsOf(text).map((run) => Array.from(fold(run)));
}

export interface SearchEntry {
  /** Distinct lexemes of title and text together. */
  lexemes: string[];
  titleWords: string;
  textWords: string;
}

function addLexemes(runs: readonly string[][], into: Set<string>): void {
  for (const characters of runs) {
    for (let index = 0; index < characters.length; index++) {
      into.add(characters[index]);
      if (index > 0) into.add(characters[index - 1] + characters[index]);
    }
  }
}

const wordsText = (runs: readonly string[][]) => runs.map((characters) => characters.join('') + SEPARATOR).join('');

export function searchEntryOf(title: string, text: string): SearchEntry {
  const titleRuns = foldedRuns(title);
  const textRuns = foldedRuns(text);
  const lexemes = new Set<string>();
  addLexemes(titleRuns, lexemes);
  addLexemes(textRuns, lexemes);
  return { lexemes: [...lexemes], titleWords: wordsText(titleRuns), textWords: wordsText(textRuns) };
}

export interface TermSearch {
  /** Lexemes every matching article holds (the GIN candidates). */
  lexemes: string[];
  /** What must occur in an article's title words or text words. */
  words: string;
  /** Whether holding the lexemes already proves the match (one run of one or two characters), so the words need no check. */
  exact: boolean;
}

/** One query term (as planSearch splits them), or null when it has no word character to look for. */
export function termSearchOf(term: string): TermSearch | null {
  const runs = foldedRuns(term);
  if (runs.length === 0) return null;
  const lexemes = new Set<string>();
  for (const characters of runs) {
    if (characters.length === 1) lexemes.add(characters[0]);
    for (let index = 1; index < characters.length; index++) lexemes.add(characters[index - 1] + characters[index]);
  }
  const closed = !ENDS_WITH_WORD_CHARACTER.test(term);
  const words = runs.map((characters) => characters.join('')).join(SEPARATOR) + (closed ? SEPARATOR : '');
  return { lexemes: [...lexemes], words, exact: runs.length === 1 && !closed && runs[0].length <= 2 };
}

/** The AND of the lexemes as a tsquery literal. Lexemes are letters and digits only, so quoting needs no escapes. */
export function tsqueryOf(lexemes: readonly string[]): string {
  return lexemes.map((lexeme) => `'${lexeme}'`).join(' & ');
}
