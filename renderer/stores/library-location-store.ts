import { create } from 'zustand';
import type { LibraryLocationInfo } from '../../core/model/library-location';
import { api } from '../api/client';
import { reloadWorkspace } from '../library-location/reload-workspace';
import type { ConnectRequest } from '../library-location/location-form';
import { flushSave, useArticleSession } from './article-session-store';

// Where the open library lives (this computer or a shared server), and switching it.
interface LibraryLocationState {
  info: LibraryLocationInfo | null;
  connecting: boolean;
  /** Main's message for the last failed connect (bilingual), or a form problem's. */
  error: string | null;
  /** The open article holds changes that could not be saved: switching would drop them. */
  blockedByUnsaved: boolean;
  load(): Promise<void>;
  connect(request: ConnectRequest): Promise<boolean>;
  setError(error: string | null): void;
}

export const useLibraryLocationStore = create<LibraryLocationState>((set, get) => ({
  info: null,
  connecting: false,
  error: null,
  blockedByUnsaved: false,

  async load() {
    try {
      set({ info: await api.invoke('library:location', {}) });
    } catch {
      // A harness without the channel (or a library not yet open) shows no location; the rest works.
    }
  },

  async connect(request) {
    if (get().connecting) return false;
    set({ connecting: true, error: null, blockedByUnsaved: false });
    try {
      await flushSave();
      const saveState = useArticleSession.getState().saveState;
      if (saveState === 'conflict' || saveState === 'error') {
        set({ blockedByUnsaved: true });
        return false;
      }
      const info = await api.invoke('library:connect', request);
      set({ info });
      await reloadWorkspace();
      return true;
    } catch (error) {
      // The open library stays as it was; main's message says what is wrong.
      set({ error: (error as Error).message });
      return false;
    } finally {
      set({ connecting: false });
    }
  },

  setError: (error) => set({ error, blockedByUnsaved: false }),
}));
