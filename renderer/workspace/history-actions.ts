// The article's revision history: list, view one read-only, restore one as a new revision.
import { api } from '../api/client';
import { flushSave, notifyLibrary, reloadArticle, useArticleSession } from '../stores/article-session-store';

const get = useArticleSession.getState;
const set = useArticleSession.setState;

export async function loadRevisions(): Promise<void> {
  const article = get().article;
  if (!article) return;
  set({ revisions: await api.invoke('articles:revisions', { articleId: article.id }) });
}

export async function viewRevision(revision: number | null): Promise<void> {
  const article = get().article;
  if (!article || revision === null) return set({ viewedRevision: null });
  set({ viewedRevision: await api.invoke('articles:revision', { articleId: article.id, revision }) });
}

export async function restoreRevision(revision: number): Promise<void> {
  await flushSave();
  const { article, baseRevision } = get();
  if (!article) return;
  await api.invoke('articles:restore', { articleId: article.id, revision, baseRevision });
  await reloadArticle();
  await loadRevisions();
  notifyLibrary();
}
