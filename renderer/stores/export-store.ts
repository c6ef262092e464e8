import { create } from 'zustand';
import { ApiError } from '../../core/api/api-error';
import type { ExportFormat, ExportLayout, ExportResult } from '../../core/model/library';
import { api } from '../api/client';
import { saveSettings, useArticleSession } from './article-session-store';
import { currentFilter, useLibraryStore } from './library-store';

export type ExportScope = 'selected' | 'filter';

interface ExportState {
  scope: ExportScope;
  format: ExportFormat;
  layout: ExportLayout;
  confirmedTagsOnly: boolean;
  /** Where to write; null until the editor changes it, meaning the folder kept in the settings. */
  directory: string | null;
  running: boolean;
  result: ExportResult | null;
  error: string | null;
  setOptions(options: Partial<Pick<ExportState, 'scope' | 'format' | 'layout' | 'confirmedTagsOnly' | 'directory'>>): void;
  runExport(): Promise<void>;
  reset(): void;
}

/** The folder the dialog shows: the editor's entry, else the one kept in the settings. */
export function exportDirectory(): string {
  return useExportStore.getState().directory ?? useArticleSession.getState().settings.exportDirectory;
}

export const useExportStore = create<ExportState>((set, get) => ({
  scope: 'selected',
  format: 'docx',
  layout: 'per-article',
  confirmedTagsOnly: true,
  directory: null,
  running: false,
  result: null,
  error: null,

  setOptions: (options) => set(options),
  reset: () => set({ result: null, error: null }),

  async runExport() {
    const { scope, format, layout, confirmedTagsOnly } = get();
    const directory = exportDirectory().trim();
    const library = useLibraryStore.getState();
    // A search narrows by text, which a filter cannot express: export the hits listed.
    const searching = library.query.trim() !== '';
    const target =
      scope === 'selected' ? { articleIds: library.checkedIds } : searching ? { articleIds: library.articles.map((article) => article.id) } : { filter: currentFilter(library) };
    set({ running: true, result: null, error: null });
    try {
      set({ result: await api.invoke('export:articles', { ...target, format, layout, confirmedTagsOnly, ...(directory ? { directory } : {}) }) });
      // The folder that worked is the one offered next time.
      if (directory !== useArticleSession.getState().settings.exportDirectory) void saveSettings({ exportDirectory: directory });
    } catch (error) {
      // A read-only folder: main offers one in the editor's Documents, which 导出到 now shows for the next try.
      const suggested = error instanceof ApiError ? (error.details as { suggestedDirectory?: unknown } | undefined)?.suggestedDirectory : undefined;
      set({ error: (error as Error).message, ...(typeof suggested === 'string' ? { directory: suggested } : {}) });
    } finally {
      set({ running: false });
    }
  },
}));
