import type { Editor } from '@tiptap/core';
import { selectionLines } from '../editor/selection-lines';
import { setSyncedLines, useArticleSession } from '../stores/article-session-store';
import type { LiveFlag } from './live-flags';

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

/**
 * A break chosen by the review (J, K, a mark clicked) is what the raw pane shows now: a cursor sync
 * still pending from before (the article's load places a cursor too) must not scroll it away.
 */
export function cancelSelectionSync(): void {
  clearTimeout(selectionTimer);
}

/** Raw pane → editor: highlight the blocks made of these raw lines and bring the first into view. */
export function showLinesInEditor(lines: number[]): void {
  const editor = useArticleSession.getState().editor;
  if (!editor) return;
  editor.commands.highlightLines(lines);
  editor.view.dom.querySelector('.synced')?.scrollIntoView({ block: 'nearest' });
}

/** A flag: select its characters in the editor (else its block) and show its raw line. */
export function jumpToFlag(flag: LiveFlag): void {
  const editor = useArticleSession.getState().editor;
  if (flag.line !== null) useArticleSession.setState({ rawFocusLine: flag.line, syncedLines: [flag.line] });
  if (!editor || editor.isDestroyed || flag.block >= editor.state.doc.childCount) return;
  let start = 0;
  editor.state.doc.forEach((_block, offset, index) => {
    if (index === flag.block) start = offset + 1;
  });
  const block = editor.state.doc.child(flag.block);
  // Positions count the break points too: walk the block's text nodes for the match.
  let from = -1;
  let skip = flag.occurrence;
  block.descendants((node, position) => {
    if (from >= 0 || !node.isText) return;
    for (let at = node.text!.indexOf(flag.text); at >= 0; at = node.text!.indexOf(flag.text, at + flag.text.length)) {
      if (skip-- > 0) continue;
      from = start + position + at;
      return;
    }
  });
  const range = from >= 0 ? { from, to: from + flag.text.length } : { from: start, to: start + block.content.size };
  editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  editor.commands.highlightLines(flag.line !== null ? [flag.line] : []);
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
