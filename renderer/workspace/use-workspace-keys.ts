import { useEffect, type RefObject } from 'react';
import { useArticleSession } from '../stores/article-session-store';
import { installCompositionGuard, isComposing } from './composition-guard';
import { runShortcut } from './run-shortcut';
import { openMenuForCurrentLine } from './structure-menu-actions';
import { structureUndoArmed, undoStructure } from './structure-undo';
import { WORKSPACE_SHORTCUTS } from './shortcut-map';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** Workspace-wide chords (Alt+…, Ctrl+S, F1), and `?` outside text fields. Never during an IME composition. */
export function useWorkspaceKeys(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    installCompositionGuard();
    const element = root.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isComposing(event) || !useArticleSession.getState().article) return;
      // Straight after a split or merge, Ctrl+Z undoes that step (both articles), not an edit inside one.
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.code === 'KeyZ' && structureUndoArmed()) {
        event.preventDefault();
        event.stopPropagation();
        void undoStructure();
        return;
      }
      if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
        event.preventDefault();
        event.stopPropagation();
        openMenuForCurrentLine(!!(event.target as HTMLElement | null)?.closest?.('.raw-pane'));
        return;
      }
      const shortcut = WORKSPACE_SHORTCUTS.find((candidate) => candidate.match(event));
      if (shortcut) {
        event.preventDefault();
        event.stopPropagation();
        runShortcut(shortcut.action);
        return;
      }
      if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        runShortcut('cheatSheet');
      } else if (event.key === 'Escape' && useArticleSession.getState().cheatSheetOpen) runShortcut('cheatSheet');
    };
    element.addEventListener('keydown', onKeyDown, true);
    return () => element.removeEventListener('keydown', onKeyDown, true);
  }, [root]);
}
