import { create } from 'zustand';

/** The find bar over the article body: what is looked for and what replaces it. */
interface FindBarState {
  open: boolean;
  /** The replace row shows (Ctrl+H) as well as the find row (Ctrl+F). */
  replacing: boolean;
  query: string;
  replacement: string;
  /** Bumped on every Ctrl+F / Ctrl+H, so the bar re-focuses its field even when already open. */
  focusRequest: number;
  /** How many the last replace-all replaced, until the query changes. */
  replaced: number | null;
}

export const useFindStore = create<FindBarState>(() => ({ open: false, replacing: false, query: '', replacement: '', focusRequest: 0, replaced: null }));
