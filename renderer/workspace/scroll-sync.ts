// Keeps the raw and cleaned panes scrolled to the same place, mapped through
// the raw line numbers the editor's blocks carry. Whichever pane the editor
// scrolls leads; the other follows until the leader has been still for a moment.
import { blockLines } from '../editor/block-lines';
import { useArticleSession } from '../stores/article-session-store';

const FOLLOW_QUIET_MS = 180;
let rawPane: HTMLElement | null = null;
let cleanPane: HTMLElement | null = null;
let rowHeight = 24;
let leader: 'raw' | 'clean' | null = null;
let leaderUntil = 0;
let frame = 0;
/** Only scrolling the user started leads; scrolls the app makes (bringing a break into view) do not. */
const USER_INTENT_MS = 800;
const intent = { raw: 0, clean: 0 };
const INTENT_EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

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
  if (line !== null && rawPane) rawPane.scrollTop = line * rowHeight;
}

function followRaw(): void {
  const editor = useArticleSession.getState().editor;
  if (!editor || !rawPane || !cleanPane) return;
  const topLine = Math.floor(rawPane.scrollTop / rowHeight);
  let target: Element | null = null;
  let index = 0;
  editor.state.doc.forEach((block) => {
    const first = blockLines(block)[0];
    if (target === null && first !== undefined && first >= topLine) target = editor.view.dom.children[index] ?? null;
    index++;
  });
  if (target) cleanPane.scrollTop += (target as Element).getBoundingClientRect().top - cleanPane.getBoundingClientRect().top;
}

function onScroll(pane: 'raw' | 'clean'): void {
  if (performance.now() - intent[pane] > USER_INTENT_MS || !claim(pane)) return;
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(pane === 'raw' ? followRaw : followClean);
}

const onRawScroll = () => onScroll('raw');
const onCleanScroll = () => onScroll('clean');
const onRawIntent = () => (intent.raw = performance.now());
const onCleanIntent = () => (intent.clean = performance.now());

function listen(element: HTMLElement | null, onScrolled: () => void, onIntent: () => void, add: boolean): void {
  if (!element) return;
  const method = add ? 'addEventListener' : 'removeEventListener';
  element[method]('scroll', onScrolled, { passive: true } as AddEventListenerOptions);
  for (const type of INTENT_EVENTS) element[method](type, onIntent, { passive: true } as AddEventListenerOptions);
}

export function registerRawScroller(element: HTMLElement | null, height: number): void {
  listen(rawPane, onRawScroll, onRawIntent, false);
  rawPane = element;
  rowHeight = height;
  listen(rawPane, onRawScroll, onRawIntent, true);
}

export function registerCleanScroller(element: HTMLElement | null): void {
  listen(cleanPane, onCleanScroll, onCleanIntent, false);
  cleanPane = element;
  listen(cleanPane, onCleanScroll, onCleanIntent, true);
}
