import { useEffect } from 'react';
import { selectionFromDom } from '../editor/selection-from-dom';
import { useArticleSession } from '../stores/article-session-store';
import { installCompositionGuard, isComposing } from './composition-guard';
import { focusRawPane, isFormField, isInRawPane, isTyping } from './raw-pane-focus';
import { runShortcut } from './run-shortcut';
import { openMenuForCurrentLine } from './structure-menu-actions';
import { structureUndoArmed, undoStructure } from './structure-undo';
import { OUTSIDE_TEXT_SHORTCUTS, WORKSPACE_SHORTCUTS } from './shortcut-map';

/**
 * The review keys from any focus, not only inside the workspace: chords (Alt+…, Ctrl+S, F1)
 * anywhere, plain J, K and ? wherever they would not type (see shortcut-map). Nothing while an
 * article is not open, during an IME composition, or inside a dialog, which owns the keyboard.
 */
/** A chord acts where the caret is now, even if the editor has not read a click's new caret yet. */
function caretFromDom(target: HTMLElement | null): void {
  const editor = useArticleSession.getState().editor;
  if (editor && !editor.isDestroyed && target && editor.view.dom.contains(target)) selectionFromDom(editor);
}

export function useWorkspaceKeys(): void {
  useEffect(() => {
    installCompositionGuard();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposing(event) || !useArticleSession.getState().article) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Straight after a split or merge, Ctrl+Z undoes that step (both articles), not an edit inside
      // one — but never from a form field, where Ctrl+Z is that field's own undo.
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.code === 'KeyZ' && !isFormField(target) && structureUndoArmed()) {
        event.preventDefault();
        event.stopPropagation();
        void undoStructure();
        return;
      }
      // The line menu belongs to the two panes: elsewhere Shift+F10 keeps its usual meaning.
      if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && target?.closest('.raw-pane, .clean-pane')) {
        event.preventDefault();
        event.stopPropagation();
        caretFromDom(target);
        openMenuForCurrentLine(!!target.closest('.raw-pane'));
        return;
      }
      const chord = WORKSPACE_SHORTCUTS.find((candidate) => candidate.match(event));
      if (chord) {
        event.preventDefault();
        event.stopPropagation();
        caretFromDom(target);
        runShortcut(chord.action);
        return;
      }
      if (event.key === 'Escape' && useArticleSession.getState().cheatSheetOpen) return runShortcut('cheatSheet');
      if (isTyping(event.target)) return;
      const shortcut = OUTSIDE_TEXT_SHORTCUTS.find((candidate) => candidate.match(event));
      if (!shortcut) return;
      event.preventDefault();
      event.stopPropagation();
      runShortcut(shortcut.action);
      // Stepping from the list or a button: the keys that decide the break work in the raw pane.
      if (shortcut.action !== 'cheatSheet' && !isInRawPane(document.activeElement)) focusRawPane();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
