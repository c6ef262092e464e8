import type { ArticleStatus } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/translate';
import { setStatus, useArticleSession } from '../stores/article-session-store';

const STEPS: Array<{ status: ArticleStatus; label: MessageKey }> = [
  { status: 'cleaned', label: 'workspace.markCleaned' },
  { status: 'proofread', label: 'workspace.markProofread' },
  { status: 'published', label: 'workspace.markPublished' },
];

/** 已清理 → 已校对 → 已签发; the current one is pressed. */
export function StatusButtons() {
  const t = useT();
  const status = useArticleSession((state) => state.article?.status);
  return (
    <div className="status-buttons" role="group" aria-label={t('workspace.statusLabel')}>
      {STEPS.map((step) => (
        <button key={step.status} type="button" aria-pressed={status === step.status} className={status === step.status ? 'pressed' : ''} onClick={() => void setStatus(step.status)}>
          {t(step.label)}
        </button>
      ))}
    </div>
  );
}
