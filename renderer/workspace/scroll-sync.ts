// Keeps the raw and cleaned panes scrolled to the same place, mapped through
// the raw line numbers the editor's blocks carry. Whichever pane the editor
// scrolls leads; the other follows until the leader has been still for a moment.
import { blockLines } from '../editor/block-lines';
import { useArticleSession } from '../stores/article-session-store';
import { isFormField } from './raw-pane-focus';
import type { RowGeometry } from './VirtualList';

const FOLLOW_QUIET_MS = 180;
let rawPane: HTMLElement | null = null;
let cleanPane: HTMLElement | null = null;
let rawRows: RowGeometry | null = null;
let leader: 'raw' | 'clean' | null = null;
let leaderUntil = 0;
let frame = 0;
/** Only scrolling the user started leads; scrolls the app makes (bringing a break into view) do not. */
const USER_INTENT_MS = 800;
// Never touched yet: not "at time 0", which performance.now() is still within its first moments after load.
const intent = { raw: -Infinity, clean: -Infinity };
const INTENT_EVENTS = ['wheel', 'pointerdown', 'touchstart'] as const;
/** Keys that scroll; a chord (Alt+J to the next break) scrolls by the app's choice, not the user's. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ']);

function claim(pane: 'raw' | 'clean'): boolean {
  const now = performance.now();
  if (leader !== null && leader !== pane && now < leaderUntil) return false;
  leader = pane;
  leaderUntil = now + FOLLOW_QUIET_MS;
  return true;
}

/** The first raw line of the block at the top of the cleaned pane. */
function cleanTopLine(): number | null {
  const editor = useArticleSession.getState().editor;
  if (!editor || !cleanPane) return null;
  const top = cleanPane.getBoundingClientRect().top;
  for (const element of Array.from(editor.view.dom.children)) {
    if (element.getBoundingClientRect().bottom <= top) continue;
    const node = editor.state.doc.nodeAt(editor.view.posAtDOM(element, 0) - 1);
    return node ? (blockLines(node)[0] ?? null) : null;
  }
  return null;
}

function followClean(): void {
  const line = cleanTopLine();
  if (line !== null && rawPane && rawRows) rawPane.scrollTop = rawRows.offsetOf(line);
}

function followRaw(): void {
  const editor = useArticleSession.getState().editor;
  if (!editor || !rawPane || !rawRows || !cleanPane) return;
  const topLine = rawRows.indexAt(rawPane.scrollTop);
  let targetIndex = -1;
  editor.state.doc.forEach((block, _offset, index) => {
    const first = blockLines(block)[0];
    if (targetIndex < 0 && first !== undefined && first >= topLine) targetIndex = index;
  });
  // Above the body's first line the fields belong in view too.
  if (targetIndex === 0) cleanPane.scrollTop = 0;
  const target = targetIndex > 0 ? editor.view.dom.children[targetIndex] : undefined;
  if (target) cleanPane.scrollTop += target.getBoundingClientRect().top - cleanPane.getBoundingClientRect().top;
}

let retry: ReturnType<typeof setTimeout> | undefined;

/**
 * A scroll the user made: they touched this pane a moment ago, and not the other one since. A pane
 * scrolled by following the other is not the user's, even if they had touched it just before.
 */
function isUserScroll(pane: 'raw' | 'clean'): boolean {
  const other = pane === 'raw' ? 'clean' : 'raw';
  return performance.now() - intent[pane] <= USER_INTENT_MS && intent[pane] >= intent[other];
}

/** The user's hand moved to this pane: it leads now, and a follow still pending from the other is dropped. */
function takeLead(pane: 'raw' | 'clean'): void {
  intent[pane] = performance.now();
  if (leader === pane) return;
  cancelAnimationFrame(frame);
  clearTimeout(retry);
  leader = pane;
  leaderUntil = intent[pane] + FOLLOW_QUIET_MS;
}

function onScroll(pane: 'raw' | 'clean', userScroll = isUserScroll(pane)): void {
  if (!userScroll) return;
  if (!claim(pane)) {
    // The other pane led a moment ago: follow this one once it has settled.
    clearTimeout(retry);
    retry = setTimeout(() => onScroll(pane, true), Math.max(0, leaderUntil - performance.now()) + 1);
    return;
  }
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(pane === 'raw' ? followRaw : followClean);
}

const onRawScroll = () => onScroll('raw');
const onCleanScroll = () => onScroll('clean');
// A form field's End or arrows move its caret, never the pane: a pane the browser scrolls to show the focused field is not the user's lead.
const isIntent = (event: Event) =>
  !(event instanceof KeyboardEvent) || (SCROLL_KEYS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && !isFormField(event.target));
const onRawIntent = (event: Event) => isIntent(event) && takeLead('raw');
const onCleanIntent = (event: Event) => isIntent(event) && takeLead('clean');

function listen(element: HTMLElement | null, onScrolled: () => void, onIntent: (event: Event) => void, add: boolean): void {
  if (!element) return;
  const method = add ? 'addEventListener' : 'removeEventListener';
  element[method]('scroll', onScrolled, { passive: true } as AddEventListenerOptions);
  for (const type of [...INTENT_EVENTS, 'keydown']) element[method](type, onIntent, { passive: true } as AddEventListenerOptions);
}

/** The raw pane's list and where its rows are (a wrapped line is taller than one row). */
export function registerRawScroller(element: HTMLElement | null, rows: RowGeometry): void {
  listen(rawPane, onRawScroll, onRawIntent, false);
  rawPane = element;
  rawRows = rows;
  listen(rawPane, onRawScroll, onRawIntent, true);
}

export function registerCleanScroller(element: HTMLElement | null): void {
  listen(cleanPane, onCleanScroll, onCleanIntent, false);
  cleanPane = element;
  listen(cleanPane, onCleanScroll, onCleanIntent, true);
}
