import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import { DEFAULT_SETTINGS, type ArticleDetail, type PageDetail } from '../../core/model/library';
import type { PageAnalysis } from '../../core/model/page-analysis';
import { articleExtensions } from '../editor/article-extensions';
import { articleSummary } from './article-fixtures';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { closeSession, markDirty, openArticle, save, setEditor, useArticleSession } = await import('./article-session-store');
const { useUiStore } = await import('./ui-store');

const bodyOf = (articleId: number): JSONContent => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `稿件${articleId}的正文。` }] }] });

const articleDetail = (id: number): ArticleDetail => ({
  ...articleSummary(id),
  fields: { title: `稿件${id}`, subtitle: null, byline: null, dateline: null, credit: null },
  blocks: [],
  doc: bodyOf(id),
  text: '',
  tags: [],
  suggestions: [],
});

const pageDetail: PageDetail = {
  page: { id: 1, source: 'page.txt', publication: null, issueDate: null, pageLabel: null, importedAt: '2025-01-01T00:00:00Z', articleCount: 3 },
  analysis: { breaks: [], articles: [] } as unknown as PageAnalysis,
  overrides: null,
  droppedOverrides: [],
  articleIds: [1, 2, 3],
};

/** A promise the test resolves when it chooses: an API answer arriving late. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const openedText = () => JSON.stringify(useArticleSession.getState().loadedDoc);

let editor: Editor | null = null;

beforeEach(() => {
  invoke.mockReset();
  closeSession();
  useArticleSession.setState({ saveState: 'saved', editor: null, settings: { ...DEFAULT_SETTINGS, autosaveMs: 60_000 } });
});

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('article session: opening', () => {
  it('drops a slow answer for an article the user has already left', async () => {
    const slow = deferred<ArticleDetail>();
    invoke.mockImplementation((channel: string, request: { articleId?: number }) => {
      if (channel === 'pages:get') return Promise.resolve(pageDetail);
      return request.articleId === 1 ? slow.promise : Promise.resolve(articleDetail(2));
    });
    const first = openArticle(1, 1);
    await openArticle(2, 1);
    expect(useArticleSession.getState().article?.id).toBe(2);
    const shownDoc = useArticleSession.getState().loadedDoc;

    slow.resolve(articleDetail(1));
    await first;
    expect(useArticleSession.getState().article?.id).toBe(2);
    // The editor is not re-created under whatever the user typed into article 2.
    expect(useArticleSession.getState().loadedDoc).toBe(shownDoc);
    expect(useArticleSession.getState().loading).toBe(false);
  });

  it('going back to the open article cancels the one still loading', async () => {
    invoke.mockImplementation((channel: string) => (channel === 'pages:get' ? Promise.resolve(pageDetail) : Promise.resolve(articleDetail(1))));
    await openArticle(1, 1);
    const slow = deferred<ArticleDetail>();
    invoke.mockImplementation((channel: string) => (channel === 'pages:get' ? Promise.resolve(pageDetail) : slow.promise));
    const leaving = openArticle(3, 1);
    await vi.waitFor(() => expect(useArticleSession.getState().loading).toBe(true));
    await openArticle(1, 1);
    slow.resolve(articleDetail(3));
    await leaving;
    expect(useArticleSession.getState().article?.id).toBe(1);
    expect(useArticleSession.getState().loading).toBe(false);
  });

  it('saves what was typed while the next article was loading before replacing the editor', async () => {
    invoke.mockImplementation((channel: string) => (channel === 'pages:get' ? Promise.resolve(pageDetail) : Promise.resolve(articleDetail(1))));
    await openArticle(1, 1);
    editor = new Editor({ extensions: articleExtensions(), content: useArticleSession.getState().loadedDoc! });
    setEditor(editor);

    const next = deferred<ArticleDetail>();
    const saved: string[] = [];
    invoke.mockImplementation((channel: string, request: { blocks?: Array<{ text: string }> }) => {
      if (channel === 'pages:get') return Promise.resolve(pageDetail);
      if (channel === 'articles:get') return next.promise;
      if (channel === 'articles:save') {
        saved.push(request.blocks!.map((block) => block.text).join('\n'));
        return Promise.resolve({ revision: saved.length + 1, savedAt: '2025-01-01T00:00:01Z' });
      }
      throw new Error(`unexpected ${channel}`);
    });
    const opening = openArticle(2, 1);
    // Keystrokes after the click, before article 2 has arrived.
    await Promise.resolve();
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, { type: 'text', text: '迟到的字' });
    markDirty();
    next.resolve(articleDetail(2));
    await opening;

    expect(saved.at(-1)).toBe('稿件1的正文。迟到的字');
    expect(useArticleSession.getState().article?.id).toBe(2);
    expect(openedText()).toContain('稿件2的正文。');
  });

  it('keeps an article whose save conflicted open instead of dropping its unsaved text', async () => {
    invoke.mockImplementation((channel: string) => (channel === 'pages:get' ? Promise.resolve(pageDetail) : Promise.resolve(articleDetail(1))));
    await openArticle(1, 1);
    editor = new Editor({ extensions: articleExtensions(), content: useArticleSession.getState().loadedDoc! });
    setEditor(editor);
    invoke.mockImplementation((channel: string) => {
      if (channel === 'articles:save') return Promise.reject(new ApiError('conflict', 'stale'));
      if (channel === 'pages:get') return Promise.resolve(pageDetail);
      return Promise.resolve(articleDetail(2));
    });
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, { type: 'text', text: '未保存的字' });
    markDirty();
    await save();
    expect(useArticleSession.getState().saveState).toBe('conflict');

    invoke.mockClear();
    await openArticle(2, 1);
    const state = useArticleSession.getState();
    expect(state.article?.id).toBe(1);
    expect(state.switchBlocked).toBe(true);
    expect(state.editor?.getText()).toContain('未保存的字');
    expect(useUiStore.getState().selectedArticleId).toBe(1);
    expect(invoke.mock.calls.some(([channel]) => channel === 'articles:get')).toBe(false);
  });
});
