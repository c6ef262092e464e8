import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/translate';
import { setPageViewMode, usePageView, type PageViewMode } from '../../stores/page-view-store';

const MODES: Array<{ mode: PageViewMode; label: MessageKey; title: MessageKey }> = [
  { mode: 'text', label: 'pageView.showText', title: 'pageView.showTextTitle' },
  { mode: 'page', label: 'pageView.showPage', title: 'pageView.showPageTitle' },
  { mode: 'both', label: 'pageView.showBoth', title: 'pageView.showBothTitle' },
];

/** 原文 | 版面 | 并排: what the left of the workspace shows. Only for a page read from a PDF. */
export function PageViewToggle() {
  const t = useT();
  const mode = usePageView((view) => view.mode);
  return (
    <div className="page-view-toggle status-buttons" role="group" aria-label={t('pageView.viewLabel')}>
      {MODES.map((option) => (
        <button key={option.mode} type="button" aria-pressed={mode === option.mode} className={mode === option.mode ? 'pressed' : ''} title={t(option.title)} onClick={() => setPageViewMode(option.mode)} data-testid={`page-view-${option.mode}`}>
          {t(option.label)}
        </button>
      ))}
    </div>
  );
}
