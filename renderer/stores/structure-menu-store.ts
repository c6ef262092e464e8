import { create } from 'zustand';

/** The line or block a context menu was opened on, and where it stands on screen. */
export interface StructureMenuTarget {
  x: number;
  y: number;
  source: 'raw' | 'clean';
  /** The raw line (raw pane), or the first line of the block (clean pane) when it has one. */
  line: number | null;
  /** The body block of the open article it concerns, -1 when none. */
  block: number;
}

interface StructureMenuState {
  menu: StructureMenuTarget | null;
}

export const useStructureMenu = create<StructureMenuState>(() => ({ menu: null }));

export function openStructureMenu(menu: StructureMenuTarget): void {
  useStructureMenu.setState({ menu });
}

export function closeStructureMenu(): void {
  useStructureMenu.setState({ menu: null });
}
