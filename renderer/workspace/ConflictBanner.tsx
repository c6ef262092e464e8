import { useT } from '../i18n/use-t';
import { resolveConflictKeepMine, resolveConflictReload, useArticleSession } from '../stores/article-session-store';

export function ConflictBanner() {
  const t = useT();
  const conflict = useArticleSession((state) => state.saveState === 'conflict');
  const baseRevision = useArticleSession((state) => state.baseRevision);
  if (!conflict) return null;
  return (
    <div className="conflict-banner" role="alertdialog" data-testid="conflict-banner">
      <span>{t('workspace.conflictMessage', { revision: baseRevision })}</span>
      <button type="button" onClick={() => void resolveConflictReload()}>
        {t('workspace.conflictReload')}
      </button>
      <button type="button" className="primary" onClick={() => void resolveConflictKeepMine()}>
        {t('workspace.conflictKeepMine')}
      </button>
    </div>
  );
}
