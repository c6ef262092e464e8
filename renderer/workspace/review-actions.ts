// Break review and block roles: what the keyboard and the raw pane's marks do.
// They change the editor at once and record the choice as a page override,
// which the session saves after the article.
import type { BreakChoice, LineRole } from '../../core/model/page-analysis';
import { docBlocks } from '../editor/blocks-from-doc';
import { overridesChanged, save, useArticleSession } from '../stores/article-session-store';
import { useUiStore } from '../stores/ui-store';
import { breakAhead, stepBreak, uncertainBreaks } from './review-order';
import { cancelSelectionSync } from './sync-actions';

const get = useArticleSession.getState;
const set = useArticleSession.setState;

/** Uncertain breaks inside article `index` of the open page (by default the open article), the ones the review walks. */
export function reviewCandidates(index = get().articleIndex) {
  const { page, settings, overrides } = get();
  if (!page) return [];
  const lines = new Set(page.analysis.articles[index]?.lines ?? []);
  return uncertainBreaks(page.analysis.breaks, settings.reviewThreshold, overrides.breaks).filter((decision) => lines.has(decision.after));
}

/** Focuses `breakId` once article `articleId` has opened; dropped if something else opens instead. */
function focusWhenOpened(articleId: number, breakId: number): void {
  const from = get().article?.id;
  const unsubscribe = useArticleSession.subscribe((state) => {
    if (state.loading || !state.article || state.article.id === from) return;
    unsubscribe();
    if (state.article.id === articleId) focusBreak(breakId);
  });
}

/**
 * The next (or previous) uncertain break. Past the article's last one the review
 * goes on in the next article of the page that has any (the previous one going
 * back); only when no other article has any does it wrap round this one.
 */
export function stepUncertain(direction: 1 | -1): void {
  const { page, articleIndex, currentBreakId } = get();
  const candidates = reviewCandidates();
  const ahead = breakAhead(candidates, currentBreakId, direction);
  if (ahead === null && page) {
    for (let index = articleIndex + direction; index >= 0 && index < page.analysis.articles.length; index += direction) {
      const first = breakAhead(reviewCandidates(index), null, direction);
      const articleId = page.articleIds[index];
      if (first === null || articleId === undefined) continue;
      focusWhenOpened(articleId, first);
      useUiStore.getState().selectArticle(articleId, page.page.id);
      return;
    }
  }
  const next = ahead ?? stepBreak(candidates, currentBreakId, direction);
  if (next !== null) focusBreak(next);
}

export function focusBreak(breakId: number): void {
  cancelSelectionSync();
  set({ currentBreakId: breakId, rawFocusLine: breakId });
  const editor = get().editor;
  if (!editor) return;
  editor.commands.markCurrentBreak(breakId);
  editor.view.dom.querySelector(`[data-break-id="${breakId}"]`)?.scrollIntoView({ block: 'center' });
}

export function setBreak(breakId: number, choice: BreakChoice): void {
  const { editor, decisions, overrides } = get();
  const next = { ...overrides, breaks: { ...overrides.breaks, [breakId]: choice } };
  const inBody = editor?.commands.setBreakDecision(breakId, choice) ?? false;
  set({ decisions: { ...decisions, [breakId]: choice } });
  focusBreak(breakId);
  overridesChanged(next);
  // A break outside the body (in the headline, between articles) needs the engine's reassembly: ask for it now.
  if (!inBody) void save();
}

export function toggleBreak(breakId: number | null = get().currentBreakId): void {
  if (breakId === null) return;
  setBreak(breakId, get().decisions[breakId] === 'join' ? 'split' : 'join');
}

/** Accepts the engine's choice for every break not yet reviewed at or above `threshold`. */
export function acceptAllAbove(threshold: number): number {
  const { page, decisions, overrides } = get();
  if (!page) return 0;
  const accepted: Record<string, BreakChoice> = {};
  for (const decision of page.analysis.breaks) {
    if (decision.confidence >= threshold && !(decision.id in overrides.breaks)) accepted[decision.id] = decisions[decision.id] ?? decision.decision;
  }
  const count = Object.keys(accepted).length;
  set({ lastAccepted: count });
  if (count) overridesChanged({ ...overrides, breaks: { ...overrides.breaks, ...accepted } });
  return count;
}

/** The block under the cursor: its index among the document's blocks and its raw lines. */
export function cursorBlock() {
  const editor = get().editor;
  if (!editor) return null;
  const { $from } = editor.state.selection;
  const index = $from.index(0);
  const block = docBlocks(editor.state.doc)[index];
  return block ? { index, ...block } : null;
}

export function markBlock(role: Extract<LineRole, 'heading' | 'caption' | 'paragraph' | 'furniture'>): void {
  const { editor, overrides } = get();
  const block = cursorBlock();
  if (!editor || !block) return;
  if (role === 'heading') editor.chain().focus().setHeading({ level: 3 }).run();
  else if (role === 'caption') editor.chain().focus().setCaption().run();
  else if (role === 'paragraph') editor.chain().focus().setParagraph().run();
  else {
    const node = editor.state.doc.child(block.index);
    editor.chain().focus().deleteRange({ from: block.pos, to: block.pos + node.nodeSize }).run();
  }
  const roles = { ...overrides.roles };
  for (const line of block.lines) roles[line] = role;
  overridesChanged({ ...overrides, roles });
}
