import { create } from 'zustand';
import type { TransferReport } from '../../core/model/transfer';
import { api } from '../api/client';
import { pagesOfCheckedArticles } from '../transfer/transfer-targets';
import { useLibraryStore } from './library-store';

/** The contract takes at most this many pages in one library:transfer. */
const MAX_PAGES_PER_TRANSFER = 1000;

function mergeReports(first: TransferReport, second: TransferReport): TransferReport {
  return {
    pages: [...first.pages, ...second.pages],
    sent: first.sent + second.sent,
    updated: first.updated + second.updated,
    unchanged: first.unchanged + second.unchanged,
    conflicts: first.conflicts + second.conflicts,
    failed: first.failed + second.failed,
  };
}

// Sending pages to the shared library (发送到共享文库) or bringing them home (带回本机), and the report.
interface TransferState {
  running: boolean;
  report: TransferReport | null;
  error: string | null;
  send(pageIds: readonly number[], to: 'shared' | 'local'): Promise<void>;
  /** The pages of the ticked articles, asking main for those the list no longer shows. */
  pagesOfChecked(): Promise<number[]>;
  reset(): void;
}

export const useTransferStore = create<TransferState>((set, get) => ({
  running: false,
  report: null,
  error: null,

  async send(pageIds, to) {
    if (get().running || pageIds.length === 0) return;
    set({ running: true, report: null, error: null });
    try {
      for (let start = 0; start < pageIds.length; start += MAX_PAGES_PER_TRANSFER) {
        const part = await api.invoke('library:transfer', { pageIds: pageIds.slice(start, start + MAX_PAGES_PER_TRANSFER), to });
        set((state) => ({ report: state.report ? mergeReports(state.report, part) : part }));
      }
    } catch (error) {
      set({ error: (error as Error).message });
    } finally {
      set({ running: false });
    }
  },

  async pagesOfChecked() {
    const { checkedIds, articles } = useLibraryStore.getState();
    const { pageIds, unknownArticleIds } = pagesOfCheckedArticles(checkedIds, articles);
    const pages = new Set(pageIds);
    for (const articleId of unknownArticleIds) {
      try {
        pages.add((await api.invoke('articles:get', { articleId })).pageId);
      } catch {
        // A ticked article removed meanwhile has no page to send.
      }
    }
    return [...pages];
  },

  reset: () => set({ report: null, error: null }),
}));
