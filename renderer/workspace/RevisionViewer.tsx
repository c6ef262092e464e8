import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { restoreRevision, viewRevision } from './history-actions';

/** A past revision, read-only, with the way back and the way to restore it. */
export function RevisionViewer() {
  const t = useT();
  const revision = useArticleSession((state) => state.viewedRevision);
  if (!revision) return null;
  return (
    <div className="revision-viewer clean-scroll" data-testid="revision-viewer">
      <div className="revision-viewer-bar">
        <strong>{t('workspace.viewingRevision', { revision: revision.revision })}</strong>
        <button type="button" onClick={() => void viewRevision(null)}>
          {t('workspace.closeRevision')}
        </button>
        <button type="button" className="primary" onClick={() => void restoreRevision(revision.revision)}>
          {t('workspace.restoreRevision')}
        </button>
      </div>
      <h2 className="revision-title">{revision.fields.title}</h2>
      {revision.blocks.map((block, index) => (
        <p key={index} className={`revision-block block-${block.type}`}>
          {block.text}
        </p>
      ))}
    </div>
  );
}
