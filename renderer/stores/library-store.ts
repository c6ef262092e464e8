import { create } from 'zustand';
import type { ArticleFilter, ArticleStatus, ArticleSummary, IssueGroup, SearchHit } from '../../core/model/library';
import { ApiError } from '../../core/api/api-error';
import { api } from '../api/client';
import { useUiStore } from './ui-store';

/** What the library pane narrows the article list to, besides the filters. */
export type LibraryScope = { kind: 'all' } | { kind: 'issue'; issueDate: string } | { kind: 'page'; pageId: number };

export interface LibraryFilters {
  court?: string;
  theme?: string;
  status?: ArticleStatus;
  dateFrom?: string;
  dateTo?: string;
}

const PAGE_SIZE = 200;
/** The most one articles:list or search:articles call returns (the contract's paging limit). */
const MAX_PAGE = 500;

interface LibraryState {
  tree: IssueGroup[];
  treeLoaded: boolean;
  scope: LibraryScope;
  filters: LibraryFilters;
  query: string;
  /** The articles shown: the listing, or the search hits' articles. */
  articles: ArticleSummary[];
  /** Snippets by article id when a search is active. */
  snippets: Record<number, string>;
  total: number;
  /** The total is an upper bound (a shared library's search; see searchTotal). */
  totalApproximate: boolean;
  listLoading: boolean;
  error: string | null;
  /**
   * Multi-selection for export and bulk tagging. It outlives the list: opening another page,
   * filtering or searching keeps it, so articles ticked on several pages go out together.
   * Only the editor clears it.
   */
  checkedIds: number[];
  lastCheckedId: number | null;

  loadTree(): Promise<void>;
  setScope(scope: LibraryScope): void;
  setFilter<K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K] | undefined): void;
  clearFilters(): void;
  setQuery(query: string): void;
  refreshArticles(): Promise<void>;
  /** The same listing read again after others changed the library: as many rows as are shown, nothing else reset. */
  reloadShown(): Promise<void>;
  /** Appends the next batch of the same listing or search. */
  loadMore(): Promise<void>;
  toggleChecked(articleId: number, extendRange: boolean): void;
  setChecked(articleIds: number[]): void;
  /** Ticks (or unticks) every article the list shows, leaving the rest of the selection as it is. */
  checkShown(on: boolean): void;
  /** A saved headline shows in the list at once, without reloading the listing. */
  showSavedTitle(articleId: number, title: string): void;
}

/** The API filter for the current scope and filters. */
export function currentFilter(state: Pick<LibraryState, 'scope' | 'filters'>): ArticleFilter {
  const filter: ArticleFilter = {};
  for (const [key, value] of Object.entries(state.filters)) if (value) (filter as Record<string, unknown>)[key] = value;
  if (state.scope.kind === 'issue') filter.issueDate = state.scope.issueDate;
  if (state.scope.kind === 'page') filter.pageId = state.scope.pageId;
  return filter;
}

let latestRequest = 0;

/** A damaged library is reported once, by the health banner; other failures show in the pane. */
function messageUnlessDamaged(error: unknown): string | null {
  return error instanceof ApiError && error.code === 'damaged' ? null : (error as Error).message;
}

export const useLibraryStore = create<LibraryState>((set, get) => ({
  tree: [],
  treeLoaded: false,
  scope: { kind: 'all' },
  filters: {},
  query: '',
  articles: [],
  snippets: {},
  total: 0,
  totalApproximate: false,
  listLoading: false,
  error: null,
  checkedIds: [],
  lastCheckedId: null,

  async loadTree() {
    try {
      set({ tree: await api.invoke('library:tree', {}), treeLoaded: true, error: null });
    } catch (error) {
      // treeLoaded stays false: an unreadable library is not an empty one.
      set({ error: messageUnlessDamaged(error) });
    }
  },

  setScope(scope) {
    set({ scope, lastCheckedId: null });
    useUiStore.getState().selectPage(scope.kind === 'page' ? scope.pageId : null);
    void get().refreshArticles();
  },

  setFilter(key, value) {
    set((state) => ({ filters: { ...state.filters, [key]: value || undefined }, lastCheckedId: null }));
    void get().refreshArticles();
  },

  clearFilters() {
    set({ filters: {}, lastCheckedId: null });
    void get().refreshArticles();
  },

  setQuery(query) {
    set({ query, lastCheckedId: null });
    void get().refreshArticles();
  },

  refreshArticles() {
    return readListing(PAGE_SIZE);
  },

  reloadShown() {
    // Rows already scrolled to stay, so the list does not jump back to the top.
    return readListing(Math.min(MAX_PAGE, Math.max(PAGE_SIZE, get().articles.length)), { quiet: true });
  },

  async loadMore() {
    const state = get();
    if (state.listLoading || state.articles.length >= state.total) return;
    const request = ++latestRequest;
    const filter = currentFilter(state);
    const query = state.query.trim();
    const offset = state.articles.length;
    set({ listLoading: true });
    try {
      if (query) {
        const result = await api.invoke('search:articles', { query, filter, offset, limit: PAGE_SIZE });
        if (request !== latestRequest) return;
        set((current) => ({
          articles: [...current.articles, ...result.hits.map((hit) => hit.article)],
          snippets: { ...current.snippets, ...Object.fromEntries(result.hits.map((hit) => [hit.article.id, hit.snippet])) },
          ...searchTotal(result, offset, PAGE_SIZE),
        }));
      } else {
        const result = await api.invoke('articles:list', { filter, offset, limit: PAGE_SIZE });
        if (request !== latestRequest) return;
        set((current) => ({ articles: [...current.articles, ...result.items], total: result.total, totalApproximate: false }));
      }
    } catch (error) {
      if (request === latestRequest) set({ error: messageUnlessDamaged(error) });
    } finally {
      if (request === latestRequest) set({ listLoading: false });
    }
  },

  toggleChecked(articleId, extendRange) {
    const { articles, checkedIds, lastCheckedId } = get();
    const checked = new Set(checkedIds);
    const anchor = lastCheckedId === null ? -1 : articles.findIndex((article) => article.id === lastCheckedId);
    const target = articles.findIndex((article) => article.id === articleId);
    if (extendRange && anchor >= 0 && target >= 0) {
      // Shift-click gives the range the state of the anchor, as file managers do.
      const on = checked.has(lastCheckedId!);
      for (let index = Math.min(anchor, target); index <= Math.max(anchor, target); index++) {
        if (on) checked.add(articles[index].id);
        else checked.delete(articles[index].id);
      }
    } else if (checked.has(articleId)) checked.delete(articleId);
    else checked.add(articleId);
    set({ checkedIds: [...checked], lastCheckedId: articleId });
  },

  setChecked(articleIds) {
    set({ checkedIds: articleIds, lastCheckedId: null });
  },

  checkShown(on) {
    const { articles, checkedIds } = get();
    const checked = new Set(checkedIds);
    for (const article of articles) {
      if (on) checked.add(article.id);
      else checked.delete(article.id);
    }
    set({ checkedIds: [...checked], lastCheckedId: null });
  },

  showSavedTitle(articleId, title) {
    const { articles } = get();
    if (!articles.some((article) => article.id === articleId && article.title !== title)) return;
    set({ articles: articles.map((article) => (article.id === articleId ? { ...article, title } : article)) });
  },
}));

/**
 * The first `limit` rows of the current listing or search; only the latest read may fill the list.
 * `quiet`: a reload in the background shows no busy state (a focused 加载更多 would lose the focus when disabled).
 */
/**
 * A search's total as shown. An upper bound (more candidates than the shared library checks) stays one
 * until a batch comes back short of what was asked: then the matches are all shown, and their number is the total.
 */
export function searchTotal(result: { hits: readonly unknown[]; total: number; approximate?: boolean }, offset: number, limit: number): { total: number; totalApproximate: boolean } {
  if (result.approximate && result.hits.length < limit) return { total: offset + result.hits.length, totalApproximate: false };
  return { total: result.total, totalApproximate: result.approximate === true };
}

async function readListing(limit: number, { quiet = false } = {}): Promise<void> {
  const set = useLibraryStore.setState;
  const request = ++latestRequest;
  const state = useLibraryStore.getState();
  const filter = currentFilter(state);
  const query = state.query.trim();
  if (!quiet) set({ listLoading: true });
  try {
    if (query) {
      const result = await api.invoke('search:articles', { query, filter, limit });
      if (request !== latestRequest) return;
      set({ articles: result.hits.map((hit: SearchHit) => hit.article), snippets: Object.fromEntries(result.hits.map((hit) => [hit.article.id, hit.snippet])), ...searchTotal(result, 0, limit), error: null });
    } else {
      const result = await api.invoke('articles:list', { filter, limit });
      if (request !== latestRequest) return;
      set({ articles: result.items, snippets: {}, total: result.total, totalApproximate: false, error: null });
    }
  } catch (error) {
    if (request === latestRequest) set({ error: messageUnlessDamaged(error), articles: [], snippets: {}, total: 0, totalApproximate: false });
  } finally {
    if (request === latestRequest) set({ listLoading: false });
  }
}
