import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleSummary } from './article-fixtures';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { currentFilter, searchTotal, useLibraryStore } = await import('./library-store');

beforeEach(() => {
  invoke.mockReset();
  useLibraryStore.setState({ articles: [1, 2, 3, 4, 5].map((id) => articleSummary(id)), checkedIds: [], lastCheckedId: null, query: '', filters: {}, scope: { kind: 'all' } });
});

describe('library store', () => {
  it('shift-click checks the range from the last clicked row', () => {
    const { toggleChecked } = useLibraryStore.getState();
    toggleChecked(2, false);
    toggleChecked(4, true);
    expect(useLibraryStore.getState().checkedIds).toEqual([2, 3, 4]);
    toggleChecked(3, false);
    expect(useLibraryStore.getState().checkedIds).toEqual([2, 4]);
  });

  it('builds the API filter from scope and set filters only', () => {
    expect(currentFilter({ scope: { kind: 'page', pageId: 7 }, filters: { court: '包头市中级人民法院', theme: undefined } })).toEqual({ court: '包头市中级人民法院', pageId: 7 });
    expect(currentFilter({ scope: { kind: 'issue', issueDate: '2025-06-27' }, filters: {} })).toEqual({ issueDate: '2025-06-27' });
  });

  it('searches when there is a query and keeps the snippets', async () => {
    invoke.mockResolvedValue({ hits: [{ article: articleSummary(9), snippet: '\uE000党建\uE001', score: 1 }], total: 1, tookMs: 1 });
    useLibraryStore.setState({ query: '党建', filters: { theme: '党建' } });
    await useLibraryStore.getState().refreshArticles();
    expect(invoke).toHaveBeenCalledWith('search:articles', { query: '党建', filter: { theme: '党建' }, limit: 200 });
    expect(useLibraryStore.getState().articles.map((entry) => entry.id)).toEqual([9]);
    expect(useLibraryStore.getState().snippets[9]).toBe('\uE000党建\uE001');
  });

  it('shows an upper-bound total as one until a batch comes back short, then the number shown', () => {
    const hits = (count: number) => Array.from({ length: count }, () => ({}));
    expect(searchTotal({ hits: hits(200), total: 5210 }, 0, 200)).toEqual({ total: 5210, totalApproximate: false });
    expect(searchTotal({ hits: hits(200), total: 5210, approximate: true }, 0, 200)).toEqual({ total: 5210, totalApproximate: true });
    // The third batch holds the last matches: 400 + 37 of them, whatever the bound said.
    expect(searchTotal({ hits: hits(37), total: 5210, approximate: true }, 400, 200)).toEqual({ total: 437, totalApproximate: false });
    // An exact total is kept even from a short batch.
    expect(searchTotal({ hits: hits(37), total: 437 }, 400, 200)).toEqual({ total: 437, totalApproximate: false });
  });

  it('loads more from where the list ends', async () => {
    useLibraryStore.setState({ total: 7 });
    invoke.mockResolvedValue({ items: [articleSummary(6), articleSummary(7)], total: 7 });
    await useLibraryStore.getState().loadMore();
    expect(invoke).toHaveBeenCalledWith('articles:list', { filter: {}, offset: 5, limit: 200 });
    expect(useLibraryStore.getState().articles.map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    invoke.mockClear();
    await useLibraryStore.getState().loadMore();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('drops a slower, older response', async () => {
    let resolveSlow: (value: unknown) => void = () => undefined;
    invoke.mockImplementationOnce(() => new Promise((resolve) => (resolveSlow = resolve)));
    invoke.mockResolvedValueOnce({ items: [articleSummary(2)], total: 1 });
    const slow = useLibraryStore.getState().refreshArticles();
    await useLibraryStore.getState().refreshArticles();
    resolveSlow({ items: [articleSummary(1), articleSummary(3)], total: 2 });
    await slow;
    expect(useLibraryStore.getState().articles.map((entry) => entry.id)).toEqual([2]);
  });

  it('keeps the selection across pages, filters and searches until it is cleared', async () => {
    const { toggleChecked } = useLibraryStore.getState();
    toggleChecked(2, false);
    invoke.mockResolvedValue({ items: [articleSummary(6), articleSummary(7)], total: 2 });
    useLibraryStore.getState().setScope({ kind: 'page', pageId: 9 });
    await useLibraryStore.getState().refreshArticles();
    expect(useLibraryStore.getState().checkedIds).toEqual([2]);
    useLibraryStore.getState().toggleChecked(7, false);
    expect(useLibraryStore.getState().checkedIds).toEqual([2, 7]);
    useLibraryStore.getState().setFilter('status', 'raw');
    useLibraryStore.getState().clearFilters();
    useLibraryStore.getState().setQuery('党建');
    useLibraryStore.getState().setQuery('');
    expect(useLibraryStore.getState().checkedIds).toEqual([2, 7]);
    // Ticking and unticking what this list shows leaves the other page's article alone.
    useLibraryStore.getState().checkShown(true);
    expect(useLibraryStore.getState().checkedIds).toEqual([2, 7, 6]);
    useLibraryStore.getState().checkShown(false);
    expect(useLibraryStore.getState().checkedIds).toEqual([2]);
    useLibraryStore.getState().setChecked([]);
    expect(useLibraryStore.getState().checkedIds).toEqual([]);
  });
});
