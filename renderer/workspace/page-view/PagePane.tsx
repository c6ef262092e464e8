import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PageGeometry } from '../../../core/model/page-geometry';
import { lineRegion } from '../../../core/pdf/line-region';
import { useT } from '../../i18n/use-t';
import { useArticleSession } from '../../stores/article-session-store';
import { setShownScale, usePageView } from '../../stores/page-view-store';
import { isComposing } from '../composition-guard';
import { runShortcut } from '../run-shortcut';
import { PAGE_VIEW_SHORTCUTS, RAW_PANE_SHORTCUTS } from '../shortcut-map';
import { goToLine } from './go-to-line';
import { PageImageView } from './PageImageView';
import { fitWidthScale } from './page-zoom';
import { scrollRectIntoView } from './scroll-rect-into-view';
import { useCurrentLines } from './use-current-lines';
import { usePaneWidth } from './use-pane-width';
import { usePdfPage } from './use-pdf-page';
import { ZoomControls } from './ZoomControls';
import './page-view.css';

/** The printed page in the workspace: where the article stands on it and which line the cursor is on. */
export function PagePane({ pageId, geometry }: { pageId: number; geometry: PageGeometry }) {
  const t = useT();
  const state = usePdfPage(pageId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(scrollRef);
  const zoom = usePageView((view) => view.zoom);
  const scale = zoom === 'fit' ? fitWidthScale(paneWidth, geometry.width) : zoom;
  const articleLines = useArticleSession((session) => session.page?.analysis.articles[session.articleIndex]?.lines);
  const currentLines = useCurrentLines();
  const region = useMemo(() => lineRegion(geometry.lines, articleLines ?? []), [geometry, articleLines]);
  const current = useMemo(() => lineRegion(geometry.lines, currentLines), [geometry, currentLines]);
  const ready = state.status === 'ready' && paneWidth > 0;

  useEffect(() => setShownScale(scale), [scale]);

  // The current line (else the article) comes into view when it changes, when the page appears and at a new zoom.
  const target = current[0] ?? region[0];
  useEffect(() => {
    const pane = scrollRef.current;
    const image = pane?.querySelector<HTMLElement>('.page-image');
    if (!pane || !image || !target) return;
    scrollRectIntoView(pane, { left: image.offsetLeft, top: image.offsetTop }, target, scale);
  }, [ready, target, scale]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(event)) return;
    // The raw pane's review keys work here too, so the page can stand in for it.
    const shortcut = [...PAGE_VIEW_SHORTCUTS, ...RAW_PANE_SHORTCUTS].find((candidate) => candidate.match(event.nativeEvent));
    if (!shortcut) return;
    event.preventDefault();
    runShortcut(shortcut.action);
  };

  return (
    <div className="page-pane" data-testid="page-pane">
      <div className="pane-heading">
        <span>{t('pageView.pane')}</span>
        <ZoomControls scale={scale} />
      </div>
      <div className="page-scroll" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown} aria-label={t('pageView.pane')}>
        {state.status === 'loading' && <p className="page-note">{t('pageView.loading')}</p>}
        {state.status === 'missing' && <p className="page-note">{t('pageView.noPdf')}</p>}
        {state.status === 'failed' && (
          <p className="page-note" role="alert">
            {t('pageView.failed', { message: state.message })}
          </p>
        )}
        {ready && <PageImageView page={state.page} geometry={geometry} scale={scale} region={region} current={current} onPickLine={goToLine} />}
      </div>
    </div>
  );
}
