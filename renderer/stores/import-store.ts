import { create } from 'zustand';
import type { DuplicatePolicy, ImportItemResult } from '../../core/model/library';
import { api } from '../api/client';
import { bytesToBase64 } from '../import/bytes-to-base64';
import { useLibraryStore } from './library-store';

/** Files per `import:files` call: small enough that the progress bar moves, large enough to stay fast. */
export const IMPORT_BATCH_SIZE = 20;

interface ImportState {
  policy: DuplicatePolicy;
  running: boolean;
  done: number;
  total: number;
  items: ImportItemResult[];
  error: string | null;
  setPolicy(policy: DuplicatePolicy): void;
  importFiles(files: readonly File[]): Promise<void>;
  importText(name: string, text: string): Promise<void>;
  reset(): void;
}

function failedItem(name: string, message: string): ImportItemResult {
  return { name, status: 'failed', pageId: null, articles: 0, encoding: null, error: message };
}

async function refreshLibrary(): Promise<void> {
  const library = useLibraryStore.getState();
  await Promise.all([library.loadTree(), library.refreshArticles()]);
}

export const useImportStore = create<ImportState>((set, get) => ({
  policy: 'skip',
  running: false,
  done: 0,
  total: 0,
  items: [],
  error: null,

  setPolicy: (policy) => set({ policy }),
  reset: () => set({ items: [], done: 0, total: 0, error: null }),

  async importFiles(files) {
    if (get().running || files.length === 0) return;
    set({ running: true, done: 0, total: files.length, items: [], error: null });
    for (let start = 0; start < files.length; start += IMPORT_BATCH_SIZE) {
      const batch = files.slice(start, start + IMPORT_BATCH_SIZE);
      const names = batch.map((file) => file.webkitRelativePath || file.name);
      try {
        const payload = await Promise.all(batch.map(async (file, index) => ({ name: names[index], base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
        const report = await api.invoke('import:files', { files: payload, onDuplicate: get().policy });
        set((state) => ({ items: [...state.items, ...report.items] }));
      } catch (error) {
        // One bad batch must not stop the rest: report its files and go on.
        const message = (error as Error).message;
        set((state) => ({ items: [...state.items, ...names.map((name) => failedItem(name, message))], error: message }));
      }
      set({ done: Math.min(files.length, start + batch.length) });
    }
    set({ running: false });
    await refreshLibrary();
  },

  async importText(name, text) {
    if (get().running) return;
    set({ running: true, done: 0, total: 1, items: [], error: null });
    try {
      const report = await api.invoke('import:text', { name, text, onDuplicate: get().policy });
      set({ items: report.items });
    } catch (error) {
      set({ items: [failedItem(name, (error as Error).message)], error: (error as Error).message });
    }
    set({ running: false, done: 1 });
    await refreshLibrary();
  },
}));
