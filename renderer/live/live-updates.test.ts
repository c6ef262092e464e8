import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import type { ArticleDetail, PageDetail } from '../../core/model/library';
import type { PageAnalysis } from '../../core/model/page-analysis';
import { articleSummary } from '../stores/article-fixtures';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { forgetSeenChanges, pollChanges } = await import('./live-updates');
const { closeSession, useArticleSession } = await import('../stores/article-session-store');
const { useLibraryStore } = await import('../stores/library-store');
const { usePresenceStore } = await import('../stores/presence-store');

const detail = (id: number, revision: number): ArticleDetail => ({
  ...articleSummary(id),
  revision,
  fields: { title: `稿件${id}（第 ${revision} 版）`, subtitle: null, byline: null, dateline: null, credit: null },
  blocks: [],
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `第 ${revision} 版` }] }] },
  text: '',
  tags: [],
  suggestions: [],
});
const pageDetail = {
  page: { id: 1, source: 'page.txt', publication: null, issueDate: null, pageLabel: null, importedAt: '2025-01-01T00:00:00Z', articleCount: 1 },
  analysis: { breaks: [], articles: [] } as unknown as PageAnalysis,
  overrides: null,
  droppedOverrides: [],
  articleIds: [7],
} as PageDetail;

/** main as seen by the renderer: a cursor, others at the article, the article's revision now. */
let cursor = 5;
let editors: string[] = [];
let revisionInLibrary: number | null = 3;

beforeEach(() => {
  forgetSeenChanges();
  closeSession();
  cursor = 5;
  editors = [];
  revisionInLibrary = 3;
  invoke.mockReset();
  invoke.mockImplementation(async (channel: string, request: { articleId?: number }) => {
    if (channel === 'library:changes') return { cursor, editors };
    if (channel === 'library:tree') return [];
    if (channel === 'articles:list') return { items: [articleSummary(1)], total: 1 };
    if (channel === 'search:articles') return { hits: [], total: 0, tookMs: 1 };
    if (channel === 'tags:vocabulary') return { courts: [], themes: [] };
    if (channel === 'articles:get') {
      if (revisionInLibrary === null) throw new ApiError('not_found', '稿件不存在 / No such article');
      return detail(request.articleId!, revisionInLibrary);
    }
    if (channel === 'pages:get') return pageDetail;
    if (channel === 'articles:revisions') return [{ revision: revisionInLibrary, savedAt: '2025-01-02T00:00:00Z', status: 'raw', title: '稿件7', reason: 'edit', savedBy: '张三' }];
    return {};
  });
  useLibraryStore.setState({ query: '', filters: { theme: '党建' }, scope: { kind: 'page', pageId: 1 }, checkedIds: [4, 9], articles: Array.from({ length: 260 }, (_, index) => articleSummary(index + 1)) });
});

const calls = (channel: string) => invoke.mock.calls.filter(([name]) => name === channel);

function openArticle7(baseRevision: number, saveState: 'saved' | 'dirty') {
  useArticleSession.setState({ article: detail(7, baseRevision), page: pageDetail, baseRevision, saveState, loading: false });
}

describe('live updates', () => {
  it('takes the first cursor as the start and reloads nothing while it stays', async () => {
    await pollChanges();
    await pollChanges();
    expect(calls('library:tree')).toHaveLength(0);
    expect(calls('articles:list')).toHaveLength(0);
  });

  it('when the cursor moves, reads tree and list again with the same scope and filters, as many rows as shown, the ticks kept', async () => {
    await pollChanges();
    cursor = 6;
    // A reload in the background shows no busy list (a focused 加载更多 would lose its focus).
    const busy: boolean[] = [];
    const unsubscribe = useLibraryStore.subscribe((state) => busy.push(state.listLoading));
    await pollChanges();
    unsubscribe();
    expect(busy).not.toContain(true);
    expect(calls('library:tree')).toHaveLength(1);
    expect(calls('articles:list')).toEqual([['articles:list', { filter: { theme: '党建', pageId: 1 }, limit: 260 }]]);
    expect(useLibraryStore.getState()).toMatchObject({ scope: { kind: 'page', pageId: 1 }, filters: { theme: '党建' }, checkedIds: [4, 9] });
  });

  it('asks about the open article, shows who else has it, and reloads it quietly when another saved it', async () => {
    openArticle7(3, 'saved');
    editors = ['张三'];
    await pollChanges();
    expect(calls('library:changes').at(-1)).toEqual(['library:changes', { articleId: 7 }]);
    expect(usePresenceStore.getState()).toEqual({ articleId: 7, editors: ['张三'] });
    cursor = 6;
    revisionInLibrary = 4;
    await pollChanges();
    expect(useArticleSession.getState().baseRevision).toBe(4);
    expect(useArticleSession.getState().fields.title).toBe('稿件7（第 4 版）');
  });

  it('with the history open, shows the new revision and who saved it', async () => {
    openArticle7(3, 'saved');
    useArticleSession.setState({ panel: 'revisions' });
    await pollChanges();
    cursor = 6;
    revisionInLibrary = 4;
    await pollChanges();
    expect(useArticleSession.getState().revisions).toEqual([{ revision: 4, savedAt: '2025-01-02T00:00:00Z', status: 'raw', title: '稿件7', reason: 'edit', savedBy: '张三' }]);
    useArticleSession.setState({ panel: 'flags' });
  });

  it('leaves an article with unsaved changes as it is', async () => {
    openArticle7(3, 'dirty');
    await pollChanges();
    cursor = 6;
    revisionInLibrary = 4;
    await pollChanges();
    expect(useArticleSession.getState()).toMatchObject({ baseRevision: 3, saveState: 'dirty' });
    expect(calls('pages:get')).toHaveLength(0);
  });

  it('closes an article someone removed', async () => {
    openArticle7(3, 'saved');
    await pollChanges();
    cursor = 6;
    revisionInLibrary = null;
    await pollChanges();
    expect(useArticleSession.getState().article).toBeNull();
  });

  it('after another library opened, its first cursor is a new start', async () => {
    await pollChanges();
    forgetSeenChanges();
    cursor = 0;
    await pollChanges();
    expect(calls('library:tree')).toHaveLength(0);
  });
});
