// Find and replace in the article body: the bar's state in find-store, the matching and
// highlighting in the editor's FindHighlight extension.
import { findKey } from '../editor/extensions/find-highlight/find-highlight';
import { useArticleSession } from '../stores/article-session-store';
import { useFindStore } from '../stores/find-store';

const editor = () => {
  const current = useArticleSession.getState().editor;
  return current && !current.isDestroyed ? current : null;
};

/** Opens the bar (with the replace row for Ctrl+H); a short selection in the body becomes the query. */
export function openFind(replacing: boolean): void {
  const state = useFindStore.getState();
  const live = editor();
  let query = state.query;
  if (live) {
    const { from, to, empty } = live.state.selection;
    const selected = empty ? '' : live.state.doc.textBetween(from, to, '\n');
    if (selected && !selected.includes('\n') && selected.length <= 100) query = selected;
  }
  useFindStore.setState({ open: true, replacing: replacing || (state.open && state.replacing), query, replaced: null, focusRequest: state.focusRequest + 1 });
  live?.commands.setFindQuery(query);
}

export function setFindQuery(query: string): void {
  useFindStore.setState({ query, replaced: null });
  editor()?.commands.setFindQuery(query);
}

export function setReplacement(replacement: string): void {
  useFindStore.setState({ replacement });
}

export function findStep(direction: 1 | -1): void {
  editor()?.commands.findStep(direction);
}

export function replaceCurrent(): void {
  editor()?.commands.replaceCurrent(useFindStore.getState().replacement);
}

export function replaceAll(): void {
  const live = editor();
  if (!live) return;
  const count = findStatus().total;
  if (live.commands.replaceAll(useFindStore.getState().replacement)) useFindStore.setState({ replaced: count });
}

/** Puts the current query on a newly opened article's editor, if the bar is open. */
export function applyFindToEditor(): void {
  const { open, query } = useFindStore.getState();
  editor()?.commands.setFindQuery(open ? query : '');
}

export function closeFind(): void {
  useFindStore.setState({ open: false, replaced: null });
  const live = editor();
  if (!live || live.isDestroyed) return;
  live.commands.setFindQuery('');
  // Back to the text at once: TipTap's focus command waits for the next frame, and a key pressed
  // straight after Esc (Ctrl+Z) would go to the page in between.
  live.view.focus();
  live.commands.focus();
}

/** The current match (1-based, 0 for none) and how many there are. */
export function findStatus(): { current: number; total: number } {
  const live = editor();
  const state = live ? findKey.getState(live.state) : null;
  return { current: state && state.current >= 0 ? state.current + 1 : 0, total: state?.matches.length ?? 0 };
}
