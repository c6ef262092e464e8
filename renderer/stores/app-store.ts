import { create } from 'zustand';
import type { AppInfo, Locale } from '../../core/model/library';
import { api } from '../api/client';
import { LIBRARY_READ_ONLY_EVENT } from '../api/library-read-only-event';
import { useLibraryStore } from './library-store';
import { useTagsStore } from './tags-store';
import { useUiStore } from './ui-store';

// The app as a whole: version, transport, library health and persisted settings.
interface AppState {
  info: AppInfo | null;
  error: string | null;
  restoring: boolean;
  restoredFrom: string | null;
  load(): Promise<void>;
  changeLocale(locale: Locale): Promise<void>;
  restoreLatestBackup(): Promise<void>;
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  error: null,
  restoring: false,
  restoredFrom: null,

  async load() {
    try {
      // app:info answers even for a damaged library; settings cannot be read then (a read-only library reads them).
      const info = await api.invoke('app:info', {});
      set({ info, error: null });
      if (info.health.state !== 'damaged') useUiStore.getState().setLocale((await api.invoke('settings:get', {})).locale);
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },

  async changeLocale(locale) {
    useUiStore.getState().setLocale(locale);
    try {
      await api.invoke('settings:set', { locale });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },

  async restoreLatestBackup() {
    const file = get().info?.health.latestBackup;
    if (!file) return;
    set({ restoring: true, error: null });
    try {
      const { restored } = await api.invoke('backup:restore', { file });
      set({ restoredFrom: restored });
      const library = useLibraryStore.getState();
      await Promise.all([get().load(), library.loadTree(), library.refreshArticles(), useTagsStore.getState().loadVocabulary()]);
    } catch (error) {
      set({ error: (error as Error).message });
    } finally {
      set({ restoring: false });
    }
  },
}));

// A library that turned read-only while open (its journal was removed) says so in the banner at once.
if (typeof window !== 'undefined') {
  window.addEventListener(LIBRARY_READ_ONLY_EVENT, () => {
    if (useAppStore.getState().info?.health.state === 'ok') void useAppStore.getState().load();
  });
}
