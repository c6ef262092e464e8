import type { Editor } from '@tiptap/core';
import { selectionLines } from '../editor/selection-lines';
import { setSyncedLines, useArticleSession } from '../stores/article-session-store';

/** The raw pane follows the editor's cursor a beat later, off the keystroke's path. */
const SELECTION_SYNC_MS = 120;
let selectionTimer: ReturnType<typeof setTimeout> | undefined;

export function syncSelectionSoon(editor: Editor): void {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    if (editor.isDestroyed) return;
    const { from, to } = editor.state.selection;
    setSyncedLines(selectionLines(editor.state.doc, from, to));
  }, SELECTION_SYNC_MS);
}

/** Raw pane → editor: highlight the blocks made of these raw lines and bring the first into view. */
export function showLinesInEditor(lines: number[]): void {
  const editor = useArticleSession.getState().editor;
  if (!editor) return;
  editor.commands.highlightLines(lines);
  editor.view.dom.querySelector('.synced')?.scrollIntoView({ block: 'nearest' });
}

/** Jump to a raw line in both panes (a flag, a search hit). */
export function jumpToLine(line: number): void {
  useArticleSession.setState({ rawFocusLine: line, syncedLines: [line] });
  showLinesInEditor([line]);
}

/** The raw lines a DOM selection inside the raw pane spans. */
export function rawSelectionLines(selection: Selection | null): number[] {
  if (!selection || selection.rangeCount === 0) return [];
  const lineOf = (node: Node | null) => {
    const element = node instanceof Element ? node : node?.parentElement;
    const row = element?.closest<HTMLElement>('[data-line]');
    return row ? Number(row.dataset.line) : null;
  };
  const anchor = lineOf(selection.anchorNode);
  const focus = lineOf(selection.focusNode);
  if (anchor === null || focus === null) return [];
  const lines: number[] = [];
  for (let line = Math.min(anchor, focus); line <= Math.max(anchor, focus); line++) lines.push(line);
  return lines;
}
