import { create } from 'zustand';
import { ApiError } from '../../core/api/api-error';
import { IMPORT_BYTE_LIMIT } from '../../core/import/import-byte-limit';
import type { TextEncodingChoice } from '../../core/model/import-notes';
import type { DuplicatePolicy, ImportItemResult } from '../../core/model/library';
import { api } from '../api/client';
import { translate } from '../i18n/translate';
import { bytesToBase64 } from '../import/bytes-to-base64';
import { useLibraryStore } from './library-store';
import { useUiStore } from './ui-store';

/** Files per `import:files` call: small enough that the progress bar moves, large enough to stay fast. */
export const IMPORT_BATCH_SIZE = 20;

interface ImportState {
  policy: DuplicatePolicy;
  running: boolean;
  done: number;
  total: number;
  items: ImportItemResult[];
  /** The file behind each result of the last import, by result name, so it can be read again with another encoding. */
  sources: Record<string, File>;
  error: string | null;
  setPolicy(policy: DuplicatePolicy): void;
  importFiles(files: readonly File[]): Promise<void>;
  importText(name: string, text: string): Promise<void>;
  /** Imports the file of result `index` again read as `encoding`, in place of the pages it made. */
  reimportFile(index: number, encoding: TextEncodingChoice): Promise<void>;
  reset(): void;
}

function failedItem(name: string, message: string): ImportItemResult {
  return { name, status: 'failed', pageId: null, articles: 0, encoding: null, error: message };
}

async function refreshLibrary(): Promise<void> {
  const library = useLibraryStore.getState();
  await Promise.all([library.loadTree(), library.refreshArticles()]);
}

/** A full import queue (the web harness takes one import at a time) is no fault of the files: say so in the editor's language. */
function failureMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'busy') return translate(useUiStore.getState().locale, 'import.busy');
  return (error as Error).message;
}

const nameOf = (file: File) => file.webkitRelativePath || file.name;

/** Refused before reading: a file over the limit would only be turned away by main after costing its size in memory twice. */
function tooLargeMessage(file: File): string {
  const toMegabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return translate(useUiStore.getState().locale, 'import.tooLarge', { size: toMegabytes(file.size), limit: IMPORT_BYTE_LIMIT / 1024 / 1024 });
}

export const useImportStore = create<ImportState>((set, get) => ({
  policy: 'skip',
  running: false,
  done: 0,
  total: 0,
  items: [],
  sources: {},
  error: null,

  setPolicy: (policy) => set({ policy }),
  reset: () => set({ items: [], sources: {}, done: 0, total: 0, error: null }),

  async importFiles(files) {
    if (get().running || files.length === 0) return;
    set({ running: true, done: 0, total: files.length, items: [], sources: Object.fromEntries(files.map((file) => [nameOf(file), file])), error: null });
    for (let start = 0; start < files.length; start += IMPORT_BATCH_SIZE) {
      const batch = files.slice(start, start + IMPORT_BATCH_SIZE);
      const tooLarge = batch.filter((file) => file.size > IMPORT_BYTE_LIMIT);
      const sendable = batch.filter((file) => file.size <= IMPORT_BYTE_LIMIT);
      const names = sendable.map(nameOf);
      set((state) => ({ items: [...state.items, ...tooLarge.map((file) => failedItem(nameOf(file), tooLargeMessage(file)))] }));
      try {
        if (sendable.length > 0) {
          const payload = await Promise.all(sendable.map(async (file, index) => ({ name: names[index], base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
          const report = await api.invoke('import:files', { files: payload, onDuplicate: get().policy });
          set((state) => ({ items: [...state.items, ...report.items] }));
        }
      } catch (error) {
        // One bad batch must not stop the rest: report its files and go on.
        const message = failureMessage(error);
        set((state) => ({ items: [...state.items, ...names.map((name) => failedItem(name, message))], error: message }));
      }
      set({ done: Math.min(files.length, start + batch.length) });
    }
    set({ running: false });
    await refreshLibrary();
  },

  async importText(name, text) {
    if (get().running) return;
    set({ running: true, done: 0, total: 1, items: [], sources: {}, error: null });
    try {
      const report = await api.invoke('import:text', { name, text, onDuplicate: get().policy });
      set({ items: report.items });
    } catch (error) {
      set({ items: [failedItem(name, failureMessage(error))], error: failureMessage(error) });
    }
    set({ running: false, done: 1 });
    await refreshLibrary();
  },

  async reimportFile(index, encoding) {
    const item = get().items[index];
    const file = item ? get().sources[item.name] : undefined;
    if (get().running || !item || !file) return;
    set({ running: true, error: null });
    const replacePageIds = item.pageIds ?? (item.pageId !== null ? [item.pageId] : []);
    let result: ImportItemResult;
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      // keep-both: the pages it replaces go by id; a page elsewhere with the same text stays.
      const report = await api.invoke('import:files', { files: [{ name: item.name, base64, encoding, replacePageIds }], onDuplicate: 'keep-both' });
      result = report.items[0];
    } catch (error) {
      result = failedItem(item.name, failureMessage(error));
    }
    // A failed re-import left the earlier pages in place: the next try must still replace them.
    if (result.status === 'failed') result = { ...result, pageId: replacePageIds[0] ?? null, pageIds: replacePageIds };
    set((state) => ({ running: false, items: state.items.map((entry, position) => (position === index ? result : entry)) }));
    await refreshLibrary();
  },
}));
