import { create } from 'zustand';
import type { ArticleTag } from '../../core/model/library';
import type { TagSuggestion } from '../../core/model/vocabulary';
import { api } from '../api/client';
import { useLibraryStore } from './library-store';
import { useTagsStore, type TagRef } from './tags-store';

// The tags of the article open in the TagPanel: confirmed and suggested tags, the
// engine's suggestions, and every change saved at once with tags:set; a rejected
// suggestion is recorded with tags:reject so it does not come back on the next load.
interface ArticleTagsState {
  articleId: number | null;
  tags: ArticleTag[];
  suggestions: TagSuggestion[];
  loading: boolean;
  saving: boolean;
  saved: boolean;
  error: string | null;
  load(articleId: number): Promise<void>;
  accept(tag: TagRef): Promise<void>;
  reject(tag: TagRef): Promise<void>;
  add(tag: TagRef): Promise<void>;
  remove(tag: TagRef): Promise<void>;
}

const same = (a: TagRef, b: TagRef) => a.type === b.type && a.name === b.name;

export const useArticleTagsStore = create<ArticleTagsState>((set, get) => {
  async function save(tags: ArticleTag[], suggestions: TagSuggestion[] = get().suggestions, rejected?: TagRef): Promise<void> {
    const articleId = get().articleId;
    if (articleId === null) return;
    const previous = { tags: get().tags, suggestions: get().suggestions };
    set({ tags, suggestions, saving: true, saved: false, error: null });
    try {
      const stored = rejected
        ? await api.invoke('tags:reject', { articleId, type: rejected.type, name: rejected.name })
        : await api.invoke('tags:set', { articleId, tags });
      if (get().articleId === articleId) set({ tags: stored, saved: true });
      // The list's chips and the browsers' counts follow.
      void useLibraryStore.getState().refreshArticles();
      void useTagsStore.getState().loadVocabulary();
    } catch (error) {
      if (get().articleId === articleId) set({ ...previous, error: (error as Error).message });
    } finally {
      set({ saving: false });
    }
  }

  return {
    articleId: null,
    tags: [],
    suggestions: [],
    loading: false,
    saving: false,
    saved: false,
    error: null,

    async load(articleId) {
      set({ articleId, tags: [], suggestions: [], loading: true, saved: false, error: null });
      try {
        const { tags, suggestions } = await api.invoke('tags:article', { articleId });
        if (get().articleId === articleId) set({ tags, suggestions });
      } catch (error) {
        if (get().articleId === articleId) set({ error: (error as Error).message });
      } finally {
        if (get().articleId === articleId) set({ loading: false });
      }
    },

    accept: (tag) => save([...get().tags.filter((existing) => !same(existing, tag)), { type: tag.type, name: tag.name, source: 'confirmed' }], get().suggestions.filter((suggestion) => !same(suggestion, tag))),
    reject: (tag) => save(get().tags.filter((existing) => !same(existing, tag)), get().suggestions.filter((suggestion) => !same(suggestion, tag)), tag),
    add: (tag) => (get().tags.some((existing) => same(existing, tag) && existing.source === 'confirmed') ? Promise.resolve() : get().accept(tag)),
    remove: (tag) => save(get().tags.filter((existing) => !same(existing, tag))),
  };
});
