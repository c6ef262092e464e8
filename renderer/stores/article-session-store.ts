import type { Editor, JSONContent } from '@tiptap/core';
import { create } from 'zustand';
import { ApiError } from '../../core/api/api-error';
import { DEFAULT_SETTINGS, type ArticleDetail, type ArticleFields, type ArticleStatus, type PageDetail, type RevisionDetail, type RevisionSummary, type Settings } from '../../core/model/library';
import type { BreakChoice } from '../../core/model/page-analysis';
import { ARTICLE_FIELDS } from '../../core/model/page-doc';
import { api } from '../api/client';
import { blocksForSave } from '../editor/blocks-from-doc';
import { articleDoc } from '../workspace/article-doc';
import { currentDecisions, readOverrides, type PageOverrides } from '../workspace/page-overrides';
import { useLibraryStore } from './library-store';
import { useUiStore } from './ui-store';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';
export type SidePanel = 'flags' | 'normalization' | 'diff' | 'revisions' | 'tags';

interface ArticleSessionState {
  settings: Settings;
  page: PageDetail | null;
  article: ArticleDetail | null;
  /** Index of the open article in `page.analysis.articles`. */
  articleIndex: number;
  baseRevision: number;
  fields: ArticleFields;
  /** The document the editor loads; a new object means "replace the editor's content". */
  loadedDoc: JSONContent | null;
  editor: Editor | null;
  overrides: PageOverrides;
  decisions: Record<number, BreakChoice>;
  currentBreakId: number | null;
  /** Raw lines matching the selection in the editor, for the raw pane. */
  syncedLines: number[];
  /** The raw line the raw pane should bring into view. */
  rawFocusLine: number | null;
  saveState: SaveState;
  /** The editor tried to open another article while this one had unsaved text it could not save. */
  switchBlocked: boolean;
  savedAt: string | null;
  error: string | null;
  loading: boolean;
  panel: SidePanel;
  cheatSheetOpen: boolean;
  moveDialogOpen: boolean;
  /** How many breaks the last accept-all took, shown until another article opens. */
  lastAccepted: number | null;
  revisions: RevisionSummary[];
  viewedRevision: RevisionDetail | null;
}

const emptyFields: ArticleFields = { title: '', subtitle: null, byline: null, dateline: null, credit: null };

export const useArticleSession = create<ArticleSessionState>(() => ({
  settings: DEFAULT_SETTINGS,
  page: null,
  article: null,
  articleIndex: -1,
  baseRevision: 0,
  fields: emptyFields,
  loadedDoc: null,
  editor: null,
  overrides: readOverrides(null),
  decisions: {},
  currentBreakId: null,
  syncedLines: [],
  rawFocusLine: null,
  saveState: 'saved',
  switchBlocked: false,
  savedAt: null,
  error: null,
  loading: false,
  panel: 'flags',
  cheatSheetOpen: false,
  moveDialogOpen: false,
  lastAccepted: null,
  revisions: [],
  viewedRevision: null,
}));

const set = useArticleSession.setState;
const get = useArticleSession.getState;

let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
let saveAgain = false;
let overridesDirty = false;
/** Numbers each open and reload, so a late answer never replaces what the user went on to open. */
let latestOpen = 0;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Applies the change at once and keeps it in the library; main's answer is what stays. */
export async function saveSettings(changes: Partial<Omit<Settings, 'locale'>>): Promise<void> {
  set({ settings: { ...get().settings, ...changes } });
  try {
    set({ settings: await api.invoke('settings:set', changes) });
  } catch (error) {
    set({ error: describe(error) });
  }
}

export async function loadSettings(): Promise<void> {
  try {
    set({ settings: await api.invoke('settings:get', {}) });
  } catch {
    // The defaults serve until main answers.
  }
}

/**
 * Opens an article; with its page id known, the article and its page are fetched side by side.
 * Only the latest open (or reload) may replace the editor: a slower, earlier answer is dropped.
 */
export async function openArticle(articleId: number, pageIdHint: number | null = null): Promise<void> {
  const current = get().article;
  // Unsaved text that could not be saved (a conflict, a failed save) is never dropped by
  // opening something else: the open article stays until the editor resolves it.
  if (current && current.id !== articleId && (get().saveState === 'conflict' || get().saveState === 'error')) {
    set({ switchBlocked: true });
    useUiStore.getState().selectArticle(current.id, current.pageId);
    return;
  }
  const request = ++latestOpen;
  // Back on the open article: whatever was still loading is dropped.
  if (current?.id === articleId) return set({ loading: false });
  // Fetch while the previous article is flushed, unless its page overrides are about to change the page.
  const early = overridesDirty ? null : fetchArticle(articleId, pageIdHint);
  early?.catch(() => undefined);
  await flushSave();
  if (request !== latestOpen) return;
  set({ loading: true, error: null, viewedRevision: null });
  try {
    const { article, page } = await (early ?? fetchArticle(articleId, pageIdHint));
    await flushUntilClean();
    if (request !== latestOpen) return;
    showArticle(article, page);
  } catch (error) {
    if (request === latestOpen) set({ loading: false, error: describe(error) });
  }
}

/** What was typed while the article was fetched and the flush ran is saved too before the editor goes. */
async function flushUntilClean(): Promise<void> {
  while (get().saveState === 'dirty' || saving) await flushSave();
}

async function fetchArticle(articleId: number, pageIdHint: number | null): Promise<{ article: ArticleDetail; page: PageDetail }> {
  const cached = get().page;
  const pageFor = (pageId: number) => (cached?.page.id === pageId ? Promise.resolve(cached) : api.invoke('pages:get', { pageId }));
  const hinted = pageIdHint !== null ? pageFor(pageIdHint) : null;
  // A hinted page that turns out wrong must not reject unhandled.
  hinted?.catch(() => undefined);
  const article = await api.invoke('articles:get', { articleId });
  const page = hinted && pageIdHint === article.pageId ? await hinted : await pageFor(article.pageId);
  return { article, page };
}

function showArticle(article: ArticleDetail, page: PageDetail): void {
  const overrides = readOverrides(page.overrides);
  const articleIndex = page.articleIds.indexOf(article.id);
  set({
    article,
    page,
    articleIndex,
    baseRevision: article.revision,
    fields: { ...article.fields },
    loadedDoc: articleDoc(article, page),
    overrides,
    decisions: currentDecisions(page.analysis, overrides),
    currentBreakId: null,
    syncedLines: [],
    saveState: 'saved',
    switchBlocked: false,
    savedAt: article.updatedAt,
    loading: false,
    revisions: [],
    viewedRevision: null,
    lastAccepted: null,
  });
}

export async function reloadArticle(): Promise<void> {
  const current = get().article;
  if (!current) return;
  const request = ++latestOpen;
  cancelAutosave();
  const [article, page] = await Promise.all([api.invoke('articles:get', { articleId: current.id }), api.invoke('pages:get', { pageId: current.pageId })]);
  if (request !== latestOpen) return;
  showArticle(article, page);
}

export function setEditor(editor: Editor | null): void {
  set({ editor });
}

export function setField(field: keyof ArticleFields, value: string): void {
  set((state) => ({ fields: { ...state.fields, [field]: field === 'title' ? value : value === '' ? null : value } }));
  markDirty();
}

export function markDirty(): void {
  const state = get().saveState;
  if (state === 'conflict') return;
  if (state !== 'dirty') set({ saveState: 'dirty' });
  cancelAutosave();
  autosaveTimer = setTimeout(() => void save(), get().settings.autosaveMs);
}

function cancelAutosave(): void {
  if (autosaveTimer) clearTimeout(autosaveTimer);
  autosaveTimer = null;
}

/** Saves now (Ctrl+S, autosave, before leaving). `force` keeps mine over a newer revision. */
export async function save(force = false): Promise<void> {
  cancelAutosave();
  if (saving) {
    saveAgain = true;
    return saving;
  }
  const { article, editor, fields, baseRevision, saveState } = get();
  if (!article || !editor || (saveState === 'conflict' && !force)) return;
  if (saveState === 'saved' && !force && !overridesDirty) return;
  set({ saveState: 'saving' });
  saving = (async () => {
    try {
      if (saveState !== 'saved' || force) {
        const doc = editor.getJSON();
        const result = await api.invoke('articles:save', { articleId: article.id, baseRevision, fields, blocks: blocksForSave(editor.state.doc), doc, force });
        set({ baseRevision: result.revision, savedAt: result.savedAt, saveState: get().saveState === 'dirty' ? 'dirty' : 'saved', error: null, switchBlocked: false });
        useLibraryStore.getState().showSavedTitle(article.id, fields.title);
      } else set({ saveState: 'saved' });
      await persistOverrides();
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      set({ saveState: conflict ? 'conflict' : 'error', error: conflict ? null : describe(error) });
    } finally {
      saving = null;
    }
  })();
  await saving;
  if (saveAgain) {
    saveAgain = false;
    if (get().saveState === 'dirty') await save();
  }
}

export async function flushSave(): Promise<void> {
  if (get().saveState === 'dirty' || overridesDirty) await save();
  else if (saving) await saving;
}

/** Conflict resolution: take the library's version, dropping mine. */
export async function resolveConflictReload(): Promise<void> {
  set({ saveState: 'saved' });
  await reloadArticle();
}

/** Conflict resolution: write mine as a new revision on top; the other stays in the history. */
export async function resolveConflictKeepMine(): Promise<void> {
  set({ saveState: 'dirty' });
  await save(true);
}

async function persistOverrides(): Promise<void> {
  const { page, overrides } = get();
  if (!overridesDirty || !page) return;
  overridesDirty = false;
  const updated = await api.invoke('pages:setOverrides', { pageId: page.page.id, overrides: { ...overrides } });
  const articleIndex = get().article ? updated.articleIds.indexOf(get().article!.id) : -1;
  const fields = followedFields(get().fields, page.analysis.articles[get().articleIndex], updated.analysis.articles[articleIndex]);
  set({ page: updated, articleIndex });
  if (fields) {
    set({ fields });
    markDirty();
  }
}

/**
 * Fields the reassembly changed (a headline break toggled) and the editor had
 * left as the engine made them; null when nothing follows.
 */
function followedFields(current: ArticleFields, before: ArticleFields | undefined, after: ArticleFields | undefined): ArticleFields | null {
  if (!before || !after) return null;
  const next = { ...current };
  let changed = false;
  for (const field of ARTICLE_FIELDS) {
    if (before[field] === after[field] || (current[field] ?? null) !== (before[field] ?? null)) continue;
    (next as Record<string, string | null>)[field] = field === 'title' ? (after[field] ?? '') : after[field];
    changed = true;
  }
  return changed ? next : null;
}

export function overridesChanged(overrides: PageOverrides): void {
  overridesDirty = true;
  set({ overrides });
  markDirty();
}

export async function setStatus(status: ArticleStatus): Promise<void> {
  await flushSave();
  const { article, baseRevision } = get();
  if (!article || get().saveState === 'conflict') return;
  try {
    const result = await api.invoke('articles:setStatus', { articleId: article.id, baseRevision, status });
    set({ baseRevision: result.revision, article: { ...article, status, revision: result.revision } });
    notifyLibrary();
  } catch (error) {
    set({ saveState: error instanceof ApiError && error.code === 'conflict' ? 'conflict' : 'error', error: describe(error) });
  }
}

/** The library panes show status and titles: refresh them after a change. */
export function notifyLibrary(): void {
  void useLibraryStore.getState().refreshArticles();
}

export function setPanel(panel: SidePanel): void {
  set({ panel });
}

export function setCheatSheet(open: boolean): void {
  set({ cheatSheetOpen: open });
}

export function setSyncedLines(lines: number[]): void {
  const previous = get().syncedLines;
  if (previous.length === lines.length && previous.every((line, index) => line === lines[index])) return;
  set({ syncedLines: lines, rawFocusLine: lines[0] ?? get().rawFocusLine });
}

export function closeSession(): void {
  latestOpen++;
  cancelAutosave();
  set({ article: null, page: null, loadedDoc: null, articleIndex: -1 });
}

