import { useT } from '../i18n/use-t';
import { useArticleSession } from '../stores/article-session-store';
import { reviewCandidates } from './review-actions';

export function UncertainCount() {
  const t = useT();
  // Re-reads when the overrides, the page or the article change; the count itself is derived.
  useArticleSession((state) => state.overrides);
  useArticleSession((state) => state.page);
  useArticleSession((state) => state.articleIndex);
  const accepted = useArticleSession((state) => state.lastAccepted);
  const count = reviewCandidates().length;
  return (
    <span className="uncertain-count" data-testid="uncertain-count" data-count={count}>
      {t('workspace.uncertainCount', { count })}
      {accepted !== null && (
        <span className="accepted-note" role="status">
          {' · '}
          {t('workspace.acceptedCount', { count: accepted })}
        </span>
      )}
    </span>
  );
}
