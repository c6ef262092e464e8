import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Ctrl+Home / Ctrl+End (with Shift: select to there) handled in the editor state
 * rather than by the browser. Left to the browser, the caret moves in the DOM first
 * and ProseMirror learns of it from a later `selectionchange`; an editor update in
 * between (the focus handler's selection sync right after a click, a decoration
 * change) writes the old caret back, and the next keystrokes land where the caret
 * was before. Moving it in the state leaves nothing to race.
 */
function moveToEdge(view: EditorView, edge: 'start' | 'end', extend: boolean): boolean {
  const { state } = view;
  const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

export const DocumentEdges = Extension.create({
  name: 'documentEdges',

  addKeyboardShortcuts() {
    return {
      'Mod-Home': ({ editor }) => moveToEdge(editor.view, 'start', false),
      'Mod-End': ({ editor }) => moveToEdge(editor.view, 'end', false),
      'Mod-Shift-Home': ({ editor }) => moveToEdge(editor.view, 'start', true),
      'Mod-Shift-End': ({ editor }) => moveToEdge(editor.view, 'end', true),
    };
  },
});
