import { useT } from '../../i18n/use-t';
import { fitPageWidth, usePageView, zoomPage } from '../../stores/page-view-store';
import { MAX_ZOOM, MIN_ZOOM } from './page-zoom';

/** − 100% + and fit-width; each tooltip names its key (they work while the page has the focus). */
export function ZoomControls({ scale }: { scale: number }) {
  const t = useT();
  const fitted = usePageView((view) => view.zoom === 'fit');
  return (
    <div className="zoom-controls" role="group" aria-label={t('pageView.zoomLevel', { percent: Math.round(scale * 100) })}>
      <button type="button" onClick={() => zoomPage(-1)} disabled={scale <= MIN_ZOOM} title={`${t('pageView.zoomOut')} (-)`} aria-label={t('pageView.zoomOut')}>
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level">
        {Math.round(scale * 100)}%
      </span>
      <button type="button" onClick={() => zoomPage(1)} disabled={scale >= MAX_ZOOM} title={`${t('pageView.zoomIn')} (+)`} aria-label={t('pageView.zoomIn')}>
        +
      </button>
      <button type="button" onClick={fitPageWidth} aria-pressed={fitted} className={fitted ? 'pressed' : ''} title={`${t('pageView.fitWidth')} (0)`}>
        {t('pageView.fitWidth')}
      </button>
    </div>
  );
}
