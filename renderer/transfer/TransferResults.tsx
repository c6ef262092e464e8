import type { TransferOutcome } from '../../core/model/transfer';
import type { MessageKey } from '../i18n/translate';
import { useT } from '../i18n/use-t';
import { useTransferStore } from '../stores/transfer-store';

const OUTCOME_KEYS: Record<TransferOutcome, MessageKey> = {
  sent: 'sharedLibrary.outcomeSent',
  updated: 'sharedLibrary.outcomeUpdated',
  unchanged: 'sharedLibrary.outcomeUnchanged',
  conflict: 'sharedLibrary.outcomeConflict',
  failed: 'sharedLibrary.outcomeFailed',
};

/** One line per page, as the import report has: what happened, and for a conflict which articles and why. */
export function TransferResults() {
  const t = useT();
  const report = useTransferStore((state) => state.report);
  const error = useTransferStore((state) => state.error);
  if (error) return <p className="error-note" role="alert" data-testid="transfer-error">{error}</p>;
  if (!report) return null;
  return (
    <div className="import-results" data-testid="transfer-report">
      <p data-testid="transfer-summary">{t('sharedLibrary.transferSummary', { sent: report.sent, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts, failed: report.failed })}</p>
      <ul>
        {report.pages.map((page) => {
          const conflicts = page.articles.filter((article) => article.outcome === 'conflict' || article.outcome === 'failed');
          return (
            <li key={page.fromPageId} className={`import-item transfer-item transfer-${page.outcome}`} data-testid="transfer-item" data-outcome={page.outcome}>
              <span className="import-name">{page.source}</span>
              <span className="import-status">{t(OUTCOME_KEYS[page.outcome])}</span>
              {page.error && <span className="import-error">{page.error}</span>}
              {conflicts.length > 0 && (
                <ul className="transfer-articles">
                  {conflicts.map((article, index) => (
                    <li key={index} className="transfer-article-conflict" data-testid="transfer-article-conflict">
                      {t('sharedLibrary.articleConflict', { title: article.title, reason: article.reason ?? t(OUTCOME_KEYS[article.outcome]) })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
