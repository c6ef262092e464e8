// Following what others do to a shared library: poll library:changes, and when
// its cursor moves, read the tree, the list and the open article again. A
// library on this computer keeps its cursor still, so nothing is reloaded there.
import { ApiError } from '../../core/api/api-error';
import { api } from '../api/client';
import { closeSession, reloadArticle, useArticleSession } from '../stores/article-session-store';
import { useArticleTagsStore } from '../stores/article-tags-store';
import { useLibraryStore } from '../stores/library-store';
import { usePresenceStore } from '../stores/presence-store';
import { useTagsStore } from '../stores/tags-store';
import { useUiStore } from '../stores/ui-store';
import { loadRevisions } from '../workspace/history-actions';
import { articleReloadDecision } from './article-reload-decision';

let seenCursor: number | null = null;

/** Another library opened: its cursor counts from elsewhere, the first one seen is the start. */
export function forgetSeenChanges(): void {
  seenCursor = null;
  usePresenceStore.setState({ articleId: null, editors: [] });
}

export async function pollChanges(): Promise<void> {
  const articleId = useArticleSession.getState().article?.id;
  const changes = await api.invoke('library:changes', articleId === undefined ? {} : { articleId });
  usePresenceStore.setState({ articleId: articleId ?? null, editors: changes.editors });
  const moved = seenCursor !== null && changes.cursor !== seenCursor;
  seenCursor = changes.cursor;
  if (moved) await followChanges();
}

/** Filters, scope, query and ticked articles stay as they are; only what is read changes. */
async function followChanges(): Promise<void> {
  const library = useLibraryStore.getState();
  await Promise.all([library.loadTree(), library.reloadShown(), useTagsStore.getState().loadVocabulary(), followOpenArticle()]);
}

async function followOpenArticle(): Promise<void> {
  const articleId = useArticleSession.getState().article?.id;
  if (articleId === undefined) return;
  let freshRevision: number | null;
  try {
    freshRevision = (await api.invoke('articles:get', { articleId })).revision;
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'not_found')) return;
    freshRevision = null;
  }
  // Decided on the session as it is now, after the answer: a save of mine may have landed meanwhile.
  const session = useArticleSession.getState();
  const decision = articleReloadDecision({ articleId: session.article?.id ?? null, baseRevision: session.baseRevision, saveState: session.saveState, loading: session.loading }, articleId, freshRevision);
  if (decision === 'reload') {
    await reloadArticle();
    // The history under the editor shows the new revision and who saved it.
    if (useArticleSession.getState().panel === 'revisions') await loadRevisions();
  }
  // Tags are saved apart from the text: someone may have tagged the article without a new revision.
  const tags = useArticleTagsStore.getState();
  if (decision !== 'close' && tags.articleId === articleId && !tags.saving) await tags.load(articleId);
  if (decision === 'close') {
    closeSession();
    useUiStore.getState().selectArticle(null);
  }
}
