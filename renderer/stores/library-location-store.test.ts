import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../core/api/api-error';
import { DEFAULT_SETTINGS, type ArticleDetail } from '../../core/model/library';
import type { LibraryLocationInfo } from '../../core/model/library-location';
import { articleSummary } from './article-fixtures';

const invoke = vi.fn();
vi.mock('../api/client', () => ({ api: { invoke: (...args: unknown[]) => invoke(...args) } }));

const { useLibraryLocationStore } = await import('./library-location-store');
const { useArticleSession } = await import('./article-session-store');
const { useLibraryStore } = await import('./library-store');

const local: LibraryLocationInfo = { location: { kind: 'local', dataDir: '/data' }, canSavePassword: false, lastShared: null, fallback: null };
const shared: LibraryLocationInfo = {
  location: { kind: 'shared', host: '127.0.0.1', port: 5432, database: 'qinggao', user: 'editor', tls: false, passwordSaved: false },
  canSavePassword: false,
  lastShared: { host: '127.0.0.1', port: 5432, database: 'qinggao', user: 'editor', tls: false, passwordSaved: false },
  fallback: null,
};
const unreachable = '连不上共享文库服务器（postgres://editor@127.0.0.1:1/qinggao） / Cannot reach the shared library server';
const request = { kind: 'shared' as const, host: '127.0.0.1', port: 1, database: 'qinggao', user: 'editor', tls: false };

beforeEach(() => {
  invoke.mockReset();
  invoke.mockImplementation(async (channel: string, body: { kind?: string; port?: number }) => {
    if (channel === 'library:connect') {
      if (body.port === 1) throw new ApiError('failed', unreachable);
      return body.kind === 'local' ? local : shared;
    }
    if (channel === 'app:info') return { health: { state: 'ok', message: null, latestBackup: null }, transport: 'http' };
    if (channel === 'settings:get') return DEFAULT_SETTINGS;
    if (channel === 'library:tree') return [];
    if (channel === 'articles:list') return { items: [articleSummary(1)], total: 1 };
    if (channel === 'tags:vocabulary') return { courts: [], themes: [] };
    return {};
  });
  useLibraryLocationStore.setState({ info: local, connecting: false, error: null, blockedByUnsaved: false });
  useArticleSession.setState({ article: null, saveState: 'saved' });
  useLibraryStore.setState({ scope: { kind: 'page', pageId: 3 }, filters: { theme: '党建' }, query: '法院', checkedIds: [4, 5], articles: [articleSummary(4)] });
});

const channels = () => invoke.mock.calls.map(([channel]) => channel as string);

describe('library location store', () => {
  it('a server that cannot be reached: main’s message, the open library and the workspace as they were', async () => {
    expect(await useLibraryLocationStore.getState().connect(request)).toBe(false);
    expect(useLibraryLocationStore.getState()).toMatchObject({ info: local, error: unreachable, connecting: false });
    expect(channels()).toEqual(['library:connect']);
    expect(useLibraryStore.getState()).toMatchObject({ scope: { kind: 'page', pageId: 3 }, checkedIds: [4, 5], query: '法院' });
  });

  it('another library opened: the workspace starts afresh (ids of the old library mean nothing there) and is read again', async () => {
    useArticleSession.setState({ article: { ...articleSummary(4) } as ArticleDetail });
    expect(await useLibraryLocationStore.getState().connect({ ...request, port: 5432 })).toBe(true);
    expect(useLibraryLocationStore.getState()).toMatchObject({ info: shared, error: null });
    expect(useArticleSession.getState().article).toBeNull();
    expect(useLibraryStore.getState()).toMatchObject({ scope: { kind: 'all' }, filters: {}, query: '', checkedIds: [], articles: [articleSummary(1)] });
    expect(channels()).toEqual(expect.arrayContaining(['library:connect', 'app:info', 'library:tree', 'articles:list']));
  });

  it('does not switch away from text that could not be saved', async () => {
    useArticleSession.setState({ article: { ...articleSummary(4) } as ArticleDetail, saveState: 'conflict' });
    expect(await useLibraryLocationStore.getState().connect({ kind: 'local' })).toBe(false);
    expect(useLibraryLocationStore.getState().blockedByUnsaved).toBe(true);
    expect(channels()).not.toContain('library:connect');
    expect(useArticleSession.getState().article?.id).toBe(4);
  });
});
