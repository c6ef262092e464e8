// Full-text search. The engine's index ranks article ids (store/search-index.ts);
// titles, tags and text are fetched for the page of hits alone (selecting the
// text in the ranked query would read every matching article's text into the sorter).
import type { ArticleFilter, SearchHit } from '../../core/model/library';
import type { SearchMatches } from '../store/search-index';
import type { Store } from '../store/store';
import { withTags } from './article-summaries';
import { planSearch } from './search-query';
import { searchSnippet } from './search-snippet';

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Present (true) when the total is an upper bound; see SearchMatches. */
  approximate?: boolean;
  tookMs: number;
}

export function createSearchService(store: Store) {
  return {
    async search(query: string, filter: ArticleFilter, offset: number, limit: number): Promise<SearchResult> {
      const started = performance.now();
      const plan = planSearch(query);
      const ranked: SearchMatches =
        plan.terms.length === 0
          ? await store.read.listing.articleIds(filter, offset, limit).then(({ ids, total }) => ({ ids: ids.map((id) => ({ id, score: 0 })), total }))
          : await store.search.match(plan.terms, filter, offset, limit);
      const rows = new Map((await store.read.listing.summariesWithText(ranked.ids.map((entry) => entry.id))).map((row) => [row.id, row]));
      const found = ranked.ids.filter((entry) => rows.has(entry.id));
      const summaries = await withTags(
        store,
        found.map((entry) => {
          const { text: _text, ...summary } = rows.get(entry.id)!;
          return summary;
        }),
      );
      const hits = found.map((entry, index) => ({
        article: summaries[index],
        snippet: searchSnippet(rows.get(entry.id)!.text, plan.terms),
        score: entry.score,
      }));
      const tookMs = Math.round((performance.now() - started) * 10) / 10;
      return ranked.approximate ? { hits, total: ranked.total, approximate: true, tookMs } : { hits, total: ranked.total, tookMs };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
