// Turns what the editor typed into FTS5 MATCH expressions. Terms of three or
// more characters go to the trigram index; one- and two-character terms go to
// the bigram index (see store/search-grams.ts), where a two-character term is a
// single token and a one-character term a prefix query. Every term is quoted, so
// nothing the editor types is read as FTS5 syntax.
import { isCjkOnly } from '../store/search-grams';

export interface SearchPlan {
  terms: string[];
  trigramMatch: string | null;
  gramMatch: string | null;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

export function planSearch(query: string): SearchPlan {
  const terms = query
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term !== '');
  const trigramTerms: string[] = [];
  const gramTerms: string[] = [];
  for (const term of terms) {
    const length = Array.from(term).length;
    if (length >= 3) trigramTerms.push(quote(term));
    else if (length === 2 && isCjkOnly(term)) gramTerms.push(quote(term));
    else gramTerms.push(`${quote(term.toLowerCase())}*`);
  }
  return {
    terms,
    trigramMatch: trigramTerms.length ? trigramTerms.join(' AND ') : null,
    gramMatch: gramTerms.length ? gramTerms.join(' AND ') : null,
  };
}
