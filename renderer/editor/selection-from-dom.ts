import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Brings the editor's selection up to where the browser's caret is. A click places the caret in the
 * DOM at once, but ProseMirror reads it on `selectionchange`, a later task: a chord pressed straight
 * after the click (Alt+H on the block just clicked) would otherwise act on the block clicked before.
 */
export function selectionFromDom(editor: Editor): void {
  const view = editor.view;
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(focusNode, selection.focusOffset);
  const current = view.state.selection;
  if (current.anchor === anchor && current.head === head) return;
  // Between blocks (a node selected, the caret beside an image) ProseMirror's own reading stands.
  if (!view.state.doc.resolve(anchor).parent.inlineContent || !view.state.doc.resolve(head).parent.inlineContent) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
}
