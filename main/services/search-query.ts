// Turns what the editor typed into one FTS5 MATCH expression over the gram index
// (see store/search-grams.ts). Terms are separated by spaces and must all match.
// Every term is rebuilt from its word characters, so nothing the editor types is
// read as FTS5 syntax.
import { termMatch } from '../store/search-grams';

export interface SearchPlan {
  terms: string[];
  /** Null when there is nothing to match: no terms (list everything) or only punctuation (find nothing). */
  match: string | null;
}

export function planSearch(query: string): SearchPlan {
  const terms = query
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term !== '');
  const matches = terms.map(termMatch).filter((match): match is string => match !== null);
  return { terms, match: matches.length ? matches.join(' AND ') : null };
}
