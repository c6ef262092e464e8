import { create } from 'zustand';

// Who else has the open article open (a shared library only): shown, never locking anyone out.
interface PresenceState {
  /** The article the names are for: a late answer about another article shows nothing. */
  articleId: number | null;
  editors: string[];
}

export const usePresenceStore = create<PresenceState>(() => ({ articleId: null, editors: [] }));
