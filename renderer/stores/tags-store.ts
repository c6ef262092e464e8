import { create } from 'zustand';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { vocabularyEditSchema } from '../../core/tagging/vocabulary-edits';
import type { z } from 'zod';
import { api } from '../api/client';
import { useLibraryStore } from './library-store';

export interface TagRef {
  type: 'court' | 'theme';
  name: string;
}

/** A vocabulary edit as core/tagging/vocabulary-edits.ts defines it. */
export type VocabularyEditInput = z.input<typeof vocabularyEditSchema>;

export interface VocabImportOutcome {
  ok: boolean;
  errors: { line: number; message: string }[];
}

// The court and theme vocabularies with usage counts, bulk tagging and vocabulary edits.
interface TagsState {
  vocabulary: Vocabulary | null;
  counts: Record<string, number>;
  error: string | null;
  bulkRunning: boolean;
  bulkUpdated: number | null;
  importOutcome: VocabImportOutcome | null;
  exported: string | null;
  loadVocabulary(): Promise<void>;
  bulkTag(articleIds: number[], add: TagRef[], remove: TagRef[]): Promise<void>;
  editVocabulary(op: VocabularyEditInput): Promise<boolean>;
  importVocabulary(kind: 'courts' | 'themes', format: 'json' | 'csv', content: string): Promise<void>;
  exportVocabulary(kind: 'courts' | 'themes', format: 'json' | 'csv'): Promise<void>;
  clearMessages(): void;
}

async function refreshAfterTagChange(): Promise<void> {
  await Promise.all([useTagsStore.getState().loadVocabulary(), useLibraryStore.getState().refreshArticles()]);
}

export const useTagsStore = create<TagsState>((set) => ({
  vocabulary: null,
  counts: {},
  error: null,
  bulkRunning: false,
  bulkUpdated: null,
  importOutcome: null,
  exported: null,

  async loadVocabulary() {
    try {
      const { counts, courts, themes } = await api.invoke('tags:vocabulary', {});
      set({ vocabulary: { courts, themes }, counts, error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },

  async bulkTag(articleIds, add, remove) {
    set({ bulkRunning: true, bulkUpdated: null, error: null });
    try {
      const { updated } = await api.invoke('tags:bulk', { articleIds, add, remove });
      set({ bulkUpdated: updated });
      await refreshAfterTagChange();
    } catch (error) {
      set({ error: (error as Error).message });
    } finally {
      set({ bulkRunning: false });
    }
  },

  async editVocabulary(op) {
    set({ error: null });
    try {
      const vocabulary = await api.invoke('vocab:edit', { op });
      set({ vocabulary });
      await refreshAfterTagChange();
      return true;
    } catch (error) {
      set({ error: (error as Error).message });
      return false;
    }
  },

  async importVocabulary(kind, format, content) {
    set({ importOutcome: null, error: null });
    try {
      const outcome = await api.invoke('vocab:import', { kind, format, content });
      set({ importOutcome: outcome });
      if (outcome.ok) await refreshAfterTagChange();
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },

  async exportVocabulary(kind, format) {
    set({ exported: null, error: null });
    try {
      set({ exported: (await api.invoke('vocab:export', { kind, format })).content });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },

  clearMessages: () => set({ error: null, bulkUpdated: null, importOutcome: null, exported: null }),
}));
