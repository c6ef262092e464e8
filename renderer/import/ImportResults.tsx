import type { ImportItemResult } from '../../core/model/library';
import type { MessageKey } from '../i18n/translate';
import { useT } from '../i18n/use-t';
import { useImportStore } from '../stores/import-store';
import { ImportItemNotes } from './ImportItemNotes';
import { ReimportControl } from './ReimportControl';
import './import-results.css';

const STATUS_KEYS: Record<ImportItemResult['status'], MessageKey> = {
  imported: 'import.statusImported',
  'skipped-duplicate': 'import.statusSkipped',
  replaced: 'import.statusReplaced',
  failed: 'import.statusFailed',
};

/** One line per file; failures say why, and the rest of the batch still goes in. */
export function ImportResults() {
  const t = useT();
  const items = useImportStore((state) => state.items);
  const running = useImportStore((state) => state.running);
  const sources = useImportStore((state) => state.sources);
  if (items.length === 0) return running ? null : <p className="empty-note">{t('import.noFiles')}</p>;
  const count = (status: ImportItemResult['status']) => items.filter((item) => item.status === status).length;
  return (
    <div className="import-results">
      <p data-testid="import-summary">
        {t('import.summary', { imported: count('imported') + count('replaced'), skipped: count('skipped-duplicate'), failed: count('failed') })}
      </p>
      <ul data-testid="import-results">
        {items.map((item, index) => (
          <li key={`${item.name}-${index}`} className={`import-item import-${item.status}`} data-testid="import-item" data-status={item.status}>
            <span className="import-name">{item.name}</span>
            <span className="import-status">{t(STATUS_KEYS[item.status])}</span>
            {item.status !== 'failed' && <span>{t('import.articles', { count: item.articles })}</span>}
            {item.encoding && <span className="muted">{t('import.encoding', { encoding: item.encoding })}</span>}
            {item.error && <span className="import-error">{item.error}</span>}
            <ImportItemNotes item={item} />
            {sources[item.name] && !item.pdf && <ReimportControl index={index} current={item.encoding} suggested={item.alternativeEncoding ?? null} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
