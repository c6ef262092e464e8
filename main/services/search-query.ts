// What the editor typed, as search terms: separated by spaces, all must match.
// Each engine's index turns a term into its own query (store/search-index.ts),
// rebuilt from the term's word characters, so nothing typed is read as syntax.

export interface SearchPlan {
  /** No terms: list everything. A term with no word character matches nothing. */
  terms: string[];
}

export function planSearch(query: string): SearchPlan {
  const terms = query
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term !== '');
  return { terms };
}
