import { useT } from '../i18n/use-t';
import { ACCEPT_ALL_THRESHOLD, runShortcut } from './run-shortcut';

/** Mouse access to the review actions the keyboard has. */
export function ReviewBar() {
  const t = useT();
  return (
    <div className="review-bar">
      <button type="button" title="Alt+K" onClick={() => runShortcut('previousUncertain')}>
        ↑
      </button>
      <button type="button" title="Alt+J" onClick={() => runShortcut('nextUncertain')}>
        ↓
      </button>
      <button type="button" title="Alt+Enter" onClick={() => runShortcut('toggle')}>
        {t('workspace.join')}/{t('workspace.split')}
      </button>
      <button type="button" title="Alt+Shift+A" onClick={() => runShortcut('acceptAll')}>
        {t('workspace.acceptAll', { threshold: ACCEPT_ALL_THRESHOLD })}
      </button>
    </div>
  );
}
