// Opening the context menu on a line: by right-click in either pane, or from the
// keyboard (Shift+F10 / the ContextMenu key) on the current line.
import { docBlocks } from '../editor/blocks-from-doc';
import { useArticleSession } from '../stores/article-session-store';
import { openStructureMenu } from '../stores/structure-menu-store';
import { cursorBlock } from './review-actions';
import { blockOfLine, selectBlock } from './role-actions';

const get = useArticleSession.getState;

export function openMenuOnRawLine(line: number, x: number, y: number): void {
  const block = blockOfLine(line);
  if (block >= 0) selectBlock(block);
  openStructureMenu({ x, y, source: 'raw', line, block });
}

/** A right-click in the body: the block under the pointer. */
export function openMenuInBody(x: number, y: number): boolean {
  const editor = get().editor;
  const hit = editor?.view.posAtCoords({ left: x, top: y });
  if (!editor || !hit) return false;
  const block = editor.state.doc.resolve(hit.pos).index(0);
  if (!docBlocks(editor.state.doc)[block]) return false;
  selectBlock(block);
  openStructureMenu({ x, y, source: 'clean', line: docBlocks(editor.state.doc)[block]?.lines[0] ?? null, block });
  return true;
}

/** The keyboard's way in: the line the raw pane is on when it has the focus, else the block under the caret. */
export function openMenuForCurrentLine(inRawPane: boolean): void {
  const { rawFocusLine, currentBreakId, syncedLines, editor } = get();
  if (inRawPane) {
    const line = syncedLines[0] ?? rawFocusLine ?? currentBreakId;
    const row = line === null ? null : document.querySelector(`.raw-line[data-line="${line}"]`);
    const rect = row?.getBoundingClientRect();
    if (line !== null) openMenuOnRawLine(line, rect ? rect.left + 48 : 80, rect ? rect.bottom : 120);
    return;
  }
  const block = cursorBlock();
  if (!editor || !block) return;
  const coords = editor.view.coordsAtPos(Math.min(block.pos + 1, editor.state.doc.content.size));
  openStructureMenu({ x: coords.left, y: coords.bottom, source: 'clean', line: block.lines[0] ?? null, block: block.index });
}
