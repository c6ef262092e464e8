import { useT } from '../i18n/use-t';
import { api } from '../api/client';
import { useAppStore } from '../stores/app-store';
import { useExportStore } from '../stores/export-store';

/** Where the files went: the folder, the files that could not be written and why, then each file written. */
export function ExportResultView() {
  const t = useT();
  const result = useExportStore((state) => state.result);
  const error = useExportStore((state) => state.error);
  const desktop = useAppStore((state) => state.info?.transport === 'electron');
  if (error) return <p className="error-note" role="alert">{t('export.failed', { message: error })}</p>;
  if (!result) return null;
  return (
    <div className="export-result" data-testid="export-result">
      <p>{t('export.done', { articles: result.articles, count: result.files.length })}</p>
      <code className="path" data-testid="export-directory">{result.directory}</code>
      {desktop && (
        <button type="button" onClick={() => void api.invoke('app:showInFolder', { path: result.directory })}>
          {t('export.showInFolder')}
        </button>
      )}
      {result.failures.length > 0 && (
        <div className="error-note" role="alert" data-testid="export-failures">
          <p>{t('export.notWritten', { count: result.failures.length })}</p>
          <ul className="file-list">
            {result.failures.map((failure) => (
              <li key={failure.file} data-testid="export-failure">
                <code>{failure.file}</code> {failure.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="file-list">
        {result.files.map((file) => <li key={file} data-testid="export-file"><code>{file}</code></li>)}
      </ul>
    </div>
  );
}
