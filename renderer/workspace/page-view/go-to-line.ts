// A click on the printed page: the editor and the raw pane go to that line. A
// line of another article on the page opens that article first.
import { linePosition } from '../../editor/line-position';
import { useArticleSession } from '../../stores/article-session-store';
import { useUiStore } from '../../stores/ui-store';

const get = useArticleSession.getState;

function showLine(line: number): void {
  useArticleSession.setState({ rawFocusLine: line, syncedLines: [line] });
  const editor = get().editor;
  if (!editor || editor.isDestroyed) return;
  const position = linePosition(editor.state.doc, line);
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
