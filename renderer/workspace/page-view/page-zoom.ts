// Zoom of the printed page, as CSS pixels per PDF point (1 = the page at its
// printed size on a 96-dpi screen would be 4/3; newspapers are large, so the
// steps reach down to a whole broadsheet page in a narrow pane).

export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];
/** Room left beside the page when it is fitted to the pane's width: a margin each side and the scrollbar. */
export const FIT_MARGIN_PX = 24;

/** The next step up (1) or down (-1) from `scale`, which may lie between steps (a fitted width); stays at the ends. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const epsilon = 1e-3;
  if (direction === 1) return ZOOM_STEPS.find((step) => step > scale + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - epsilon) ?? MIN_ZOOM;
}

/** The scale at which a page `pageWidth` points wide fills a pane `paneWidth` CSS pixels wide. */
export function fitWidthScale(paneWidth: number, pageWidth: number): number {
  if (pageWidth <= 0 || paneWidth <= 0) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, (paneWidth - FIT_MARGIN_PX) / pageWidth));
}
