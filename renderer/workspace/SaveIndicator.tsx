import { useT } from '../i18n/use-t';
import { save, useArticleSession } from '../stores/article-session-store';

/** 已保存 / 保存中… / 未保存 / 冲突, and a save button for Ctrl+S by mouse. */
export function SaveIndicator() {
  const t = useT();
  const state = useArticleSession((session) => session.saveState);
  const error = useArticleSession((session) => session.error);
  const label = {
    saved: t('workspace.saved'),
    saving: t('workspace.saving'),
    dirty: t('workspace.dirty'),
    conflict: t('workspace.conflict'),
    error: t('workspace.saveError', { message: error ?? '' }),
  }[state];
  return (
    <div className="save-indicator">
      <span className={`save-state save-${state}`} data-testid="save-state" data-state={state} role="status" aria-live="polite">
        {label}
      </span>
      <button type="button" onClick={() => void save()} disabled={state === 'saving' || state === 'conflict'} title="Ctrl+S">
        {t('workspace.save')}
      </button>
    </div>
  );
}
