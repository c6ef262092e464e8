// A click on the printed page: the editor and the raw pane go to that line. A
// line of another article on the page opens that article first.
import type { Editor } from '@tiptap/core';
import { useArticleSession } from '../../stores/article-session-store';
import { useUiStore } from '../../stores/ui-store';

const get = useArticleSession.getState;

/** Where raw line `line` starts in the editor's body: a block's start, or just after the break point it follows; null for a field's line. */
function positionOfLine(editor: Editor, line: number): number | null {
  let found: number | null = null;
  editor.state.doc.forEach((block, offset) => {
    if (found !== null) return;
    if (block.attrs.line === line) found = offset + 1;
    block.forEach((child, childOffset) => {
      // After the break point, so the cursor's line is this one and not the one the break ends.
      if (found === null && child.type.name === 'breakPoint' && child.attrs.breakId === line) found = offset + 1 + childOffset + child.nodeSize;
    });
  });
  return found;
}

function showLine(line: number): void {
  useArticleSession.setState({ rawFocusLine: line, syncedLines: [line] });
  const editor = get().editor;
  if (!editor || editor.isDestroyed) return;
  const position = positionOfLine(editor, line);
  // The keyboard stays where it was (the page, for its zoom keys): the cursor moves without focusing the editor.
  if (position !== null) editor.commands.setTextSelection(position);
  editor.commands.highlightLines([line]);
  editor.view.dom.querySelector('.synced')?.scrollIntoView({ block: 'center' });
}

/** Once article `articleId` shows, go to `line` in it; dropped if something else opens instead. */
function showLineWhenOpened(articleId: number, line: number): void {
  // The new article's own editor, not the one still mounted while it loads.
  const previousEditor = get().editor;
  const unsubscribe = useArticleSession.subscribe((state) => {
    if (state.loading || !state.article || !state.editor || state.editor === previousEditor) return;
    unsubscribe();
    if (state.article.id === articleId) showLine(line);
  });
}

export function goToLine(line: number): void {
  const { page, articleIndex } = get();
  if (!page) return;
  const placement = page.analysis.placements.find((candidate) => candidate.line === line);
  const owner = placement && placement.article >= 0 ? placement.article : articleIndex;
  const articleId = page.articleIds[owner];
  if (owner === articleIndex || articleId === undefined) return showLine(line);
  showLineWhenOpened(articleId, line);
  useUiStore.getState().selectArticle(articleId, page.page.id);
}
