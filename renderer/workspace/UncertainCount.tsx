import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { reviewCandidates } from './review-actions';

export function UncertainCount() {
  const t = useT();
  // Re-reads when the overrides or the page change; the count itself is derived.
  useArticleSession((state) => state.overrides);
  useArticleSession((state) => state.page);
  const accepted = useArticleSession((state) => state.lastAccepted);
  return (
    <span className="uncertain-count" data-testid="uncertain-count">
      {t('workspace.uncertainCount', { count: reviewCandidates().length })}
      {accepted !== null && (
        <span className="accepted-note" role="status">
          {' · '}
          {t('workspace.acceptedCount', { count: accepted })}
        </span>
      )}
    </span>
  );
}
