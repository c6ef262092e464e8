// The raw pane's line list is where keyboard review happens: its plain keys decide breaks.
import { useArticleSession } from '../stores/article-session-store';
import { useUiStore } from '../stores/ui-store';

const RAW_LINES = '[data-testid="workspace"] .raw-lines';

/** A form field (input, textarea, select): keys there are the field's own — its caret, its undo. */
export function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Where a plain key types text: a field or the editor. */
export function isTyping(target: EventTarget | null): boolean {
  return isFormField(target) || (target instanceof HTMLElement && target.isContentEditable);
}

export function isInRawPane(element: Element | null): boolean {
  return !!element?.closest(RAW_LINES);
}

/** Gives the raw pane the keyboard without scrolling the page. */
export function focusRawPane(): void {
  document.querySelector<HTMLElement>(RAW_LINES)?.focus({ preventScroll: true });
}

/**
 * Once article `articleId` shows, the raw pane gets the keyboard, so review starts with J and not
 * with a click — unless the editor has meanwhile gone to type somewhere or opened a dialog.
 * Dropped if another article is chosen first.
 */
export function focusRawPaneWhenOpened(articleId: number): void {
  const focusAfterPaint = () =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!isTyping(active) && !active?.closest('dialog')) focusRawPane();
    });
  const shows = (state: ReturnType<typeof useArticleSession.getState>) => state.article?.id === articleId && !state.loading;
  if (shows(useArticleSession.getState())) return void focusAfterPaint();
  const stop = () => {
    stopSession();
    stopSelection();
  };
  const stopSession = useArticleSession.subscribe((state) => {
    if (!shows(state)) return;
    stop();
    focusAfterPaint();
  });
  const stopSelection = useUiStore.subscribe((state) => state.selectedArticleId !== articleId && stop());
}
