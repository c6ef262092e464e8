// What to do with the open article when the library changed: someone else may
// have saved it (or removed it with its page) meanwhile.
import type { SaveState } from '../stores/article-session-store';

export interface OpenArticleState {
  articleId: number | null;
  baseRevision: number;
  saveState: SaveState;
  loading: boolean;
}

/** `freshRevision`: the article's revision in the library now; null when it is gone. */
export function articleReloadDecision(open: OpenArticleState, freshArticleId: number, freshRevision: number | null): 'keep' | 'reload' | 'close' {
  // Another article opened while the library was asked: that one is not in question.
  if (open.articleId !== freshArticleId || open.loading) return 'keep';
  // Unsaved or unsaveable text is never replaced: its save meets the conflict dialog instead.
  if (open.saveState !== 'saved') return 'keep';
  if (freshRevision === null) return 'close';
  return freshRevision > open.baseRevision ? 'reload' : 'keep';
}
