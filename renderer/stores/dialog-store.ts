import { create } from 'zustand';

export type DialogName = 'import' | 'export' | 'vocabulary' | 'bulk-tag' | 'library-location' | 'transfer';

// Which modal dialog is open, if any.
interface DialogState {
  open: DialogName | null;
  show(name: DialogName): void;
  close(): void;
}

export const useDialogStore = create<DialogState>((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  close: () => set({ open: null }),
}));
