import type { RevisionReason } from '../../core/model/library';
import { formatDateTime } from '../dates/format-date';
import type { MessageKey } from '../i18n/translate';
import { useT } from '../i18n/use-t';
import { statusKey } from '../library/status-key';
import { useArticleSession } from '../stores/article-session-store';
import { useUiStore } from '../stores/ui-store';
import { restoreRevision, viewRevision } from './history-actions';

const REASON_KEYS: Record<RevisionReason, MessageKey> = {
  import: 'workspace.reasonImport',
  edit: 'workspace.reasonEdit',
  status: 'workspace.reasonStatus',
  restore: 'workspace.reasonRestore',
  reassemble: 'workspace.reasonReassemble',
  'keep-mine': 'workspace.reasonKeepMine',
};

export function RevisionsPanel() {
  const t = useT();
  const revisions = useArticleSession((state) => state.revisions);
  const current = useArticleSession((state) => state.baseRevision);
  const locale = useUiStore((state) => state.locale);
  return (
    <ol className="revision-list" data-testid="revision-list">
      {revisions.map((revision) => (
        <li key={revision.revision} className={revision.revision === current ? 'current' : ''}>
          <span className="revision-meta">
            {t('workspace.revisionReason', { revision: revision.revision, reason: t(REASON_KEYS[revision.reason] ?? 'workspace.reasonEdit', { detail: revision.reasonDetail ?? '' }) })} · {t(statusKey(revision.status))} · {formatDateTime(revision.savedAt, locale)}
            {revision.savedBy && <span data-testid="revision-saved-by"> · {t('sharedLibrary.savedBy', { name: revision.savedBy })}</span>}
          </span>
          <span className="revision-title" title={revision.title}>
            {revision.title}
          </span>
          <button type="button" onClick={() => void viewRevision(revision.revision)}>
            {t('workspace.viewRevision')}
          </button>
          <button type="button" disabled={revision.revision === current} onClick={() => void restoreRevision(revision.revision)}>
            {t('workspace.restoreRevision')}
          </button>
        </li>
      ))}
    </ol>
  );
}
