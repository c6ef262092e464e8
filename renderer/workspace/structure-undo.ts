// Undoing a split or merge: the rewritten article gets its text back, the
// page's overrides go back (which brings a merged-away article back to life, see
// main/services/page-service.ts) and the articles' tags are put back as they
// were. One step, from the notice's 撤销 or Ctrl+Z.
import type { Editor } from '@tiptap/core';
import { api } from '../api/client';
import { flushSave, reloadArticle, useArticleSession } from '../stores/article-session-store';
import { useLibraryStore } from '../stores/library-store';
import { useStructureNotice, type StructureNotice, type StructureSnapshot } from '../stores/structure-notice-store';
import { useUiStore } from '../stores/ui-store';
import { jsonBlocks } from './article-doc';

export function refreshLibrary(): void {
  void useLibraryStore.getState().refreshArticles();
  void useLibraryStore.getState().loadTree();
}

/** Resolves once article `articleId` is open in a live editor other than `previous`. */
export function whenEditorFor(articleId: number, previous: Editor | null): Promise<Editor> {
  return new Promise((resolve) => {
    const check = (state: ReturnType<typeof useArticleSession.getState>) => {
      if (state.article?.id !== articleId || state.loading || !state.editor || state.editor === previous || state.editor.isDestroyed) return false;
      resolve(state.editor);
      return true;
    };
    if (check(useArticleSession.getState())) return;
    const unsubscribe = useArticleSession.subscribe((state) => check(state) && unsubscribe());
  });
}

let detachDisarm: (() => void) | null = null;

/** Shows what the step did, with its undo armed on the editor's current document. */
export function announce(notice: StructureNotice, undo: StructureSnapshot | null, editor: Editor | null): void {
  detachDisarm?.();
  detachDisarm = null;
  useStructureNotice.setState({ notice, pageId: useArticleSession.getState().page?.page.id ?? null, undo, armedDoc: editor?.state.doc ?? null });
  if (!editor) return;
  // The first edit after the step disarms the undo: it would throw that edit away.
  const disarm = () => {
    const { armedDoc } = useStructureNotice.getState();
    if (armedDoc && editor.state.doc.eq(armedDoc)) return;
    useStructureNotice.setState({ undo: null, armedDoc: null });
    detachDisarm?.();
  };
  editor.on('update', disarm);
  detachDisarm = () => {
    editor.off('update', disarm);
    detachDisarm = null;
  };
}

/** Whether Ctrl+Z should undo the last split or merge rather than an edit. */
export function structureUndoArmed(): boolean {
  const { undo, armedDoc } = useStructureNotice.getState();
  const editor = useArticleSession.getState().editor;
  return undo !== null && armedDoc !== null && !!editor && editor.state.doc.eq(armedDoc);
}

export async function undoStructure(): Promise<void> {
  const snapshot = useStructureNotice.getState().undo;
  if (!snapshot) return;
  useStructureNotice.setState({ undo: null, armedDoc: null });
  await flushSave();
  // The text first: the overrides' re-sync then recomputes the tags of the article from the text it gets back.
  for (const saved of snapshot.articles) {
    const current = await api.invoke('articles:get', { articleId: saved.id });
    await api.invoke('articles:save', { articleId: saved.id, baseRevision: current.revision, fields: saved.fields, blocks: jsonBlocks(saved.doc), doc: saved.doc });
  }
  const page = await api.invoke('pages:setOverrides', { pageId: snapshot.pageId, overrides: { ...snapshot.overrides }, restoreTags: snapshot.tags });
  refreshLibrary();
  const editor = useArticleSession.getState().editor;
  if (useArticleSession.getState().article?.id === snapshot.openArticleId) await reloadArticle();
  else {
    useArticleSession.setState({ page });
    useUiStore.getState().selectArticle(snapshot.openArticleId, snapshot.pageId);
  }
  await whenEditorFor(snapshot.openArticleId, editor);
  useStructureNotice.setState({ notice: { kind: 'undone' }, pageId: snapshot.pageId });
}
