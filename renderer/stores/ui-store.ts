import { create } from 'zustand';
import type { Locale } from '../../core/model/library';

// What the user is looking at: shared by the library panes and the workspace.
interface UiState {
  locale: Locale;
  selectedPageId: number | null;
  selectedArticleId: number | null;
  setLocale(locale: Locale): void;
  selectPage(pageId: number | null): void;
  selectArticle(articleId: number | null, pageId?: number | null): void;
}

export const useUiStore = create<UiState>((set) => ({
  locale: 'zh',
  selectedPageId: null,
  selectedArticleId: null,
  setLocale: (locale) => set({ locale }),
  selectPage: (pageId) => set({ selectedPageId: pageId, selectedArticleId: null }),
  selectArticle: (articleId, pageId) => set((state) => ({ selectedArticleId: articleId, selectedPageId: pageId === undefined ? state.selectedPageId : pageId })),
}));
