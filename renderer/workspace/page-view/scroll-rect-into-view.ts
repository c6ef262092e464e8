import type { PageRect } from '../../../core/pdf/line-region';

/** Room kept around a line brought into view, so it does not sit on the pane's edge. */
const MARGIN_PX = 40;

/** Scrolls `pane` (holding the page at `offset` within its content) so `rect` (in points, at `scale`) is in view; nothing if it already is. */
export function scrollRectIntoView(pane: HTMLElement, offset: { left: number; top: number }, rect: PageRect, scale: number): void {
  const top = offset.top + rect.y * scale;
  const bottom = top + rect.height * scale;
  const left = offset.left + rect.x * scale;
  const right = left + rect.width * scale;
  const view = { top: pane.scrollTop, bottom: pane.scrollTop + pane.clientHeight, left: pane.scrollLeft, right: pane.scrollLeft + pane.clientWidth };
  const next = { top: pane.scrollTop, left: pane.scrollLeft };
  if (top < view.top + MARGIN_PX || bottom > view.bottom - MARGIN_PX) next.top = Math.max(0, (top + bottom) / 2 - pane.clientHeight / 2);
  if (left < view.left || right > view.right) next.left = Math.max(0, Math.min(left - MARGIN_PX, right - pane.clientWidth + MARGIN_PX));
  if (next.top !== pane.scrollTop || next.left !== pane.scrollLeft) pane.scrollTo(next);
}
