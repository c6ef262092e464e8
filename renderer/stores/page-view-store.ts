import { create } from 'zustand';
import { stepZoom } from '../workspace/page-view/page-zoom';

/** The left of the workspace: the raw text, the printed page in its place, or both side by side. */
export type PageViewMode = 'text' | 'page' | 'both';

interface PageViewState {
  mode: PageViewMode;
  /** CSS pixels per PDF point, or 'fit' to follow the pane's width. */
  zoom: number | 'fit';
  /** The scale the page is drawn at now (the fitted one while `zoom` is 'fit'), where zooming steps from. */
  shownScale: number;
}

// One view for the session: the editor who works from the page keeps it from article to article.
export const usePageView = create<PageViewState>(() => ({ mode: 'text', zoom: 'fit', shownScale: 1 }));

export function setPageViewMode(mode: PageViewMode): void {
  usePageView.setState({ mode });
}

/** Text ⇄ page; from side by side, back to the text. */
export function togglePageView(): void {
  setPageViewMode(usePageView.getState().mode === 'text' ? 'page' : 'text');
}

/** Side by side ⇄ text. */
export function togglePageBeside(): void {
  setPageViewMode(usePageView.getState().mode === 'both' ? 'text' : 'both');
}

export function zoomPage(direction: 1 | -1): void {
  usePageView.setState((state) => ({ zoom: stepZoom(state.shownScale, direction) }));
}

export function fitPageWidth(): void {
  usePageView.setState({ zoom: 'fit' });
}

export function setShownScale(shownScale: number): void {
  if (usePageView.getState().shownScale !== shownScale) usePageView.setState({ shownScale });
}
