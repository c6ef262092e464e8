import { EXPORT_FORMATS, type ExportFormat, type ExportLayout } from '../../core/model/library';
import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useAppStore } from '../stores/app-store';
import { useArticleSession } from '../stores/article-session-store';
import { useExportStore } from '../stores/export-store';
import { api } from '../api/client';
import { useLibraryStore } from '../stores/library-store';
import { Dialog } from '../ui/Dialog';
import { ExportResultView } from './ExportResultView';

const LAYOUTS: { layout: ExportLayout; key: 'export.perArticle' | 'export.perPage' | 'export.perIssue' }[] = [
  { layout: 'per-article', key: 'export.perArticle' },
  { layout: 'per-page', key: 'export.perPage' },
  { layout: 'per-issue', key: 'export.perIssue' },
];

export function ExportDialog() {
  const t = useT();
  const close = useDialogStore((state) => state.close);
  const checkedCount = useLibraryStore((state) => state.checkedIds.length);
  const total = useLibraryStore((state) => state.total);
  const searching = useLibraryStore((state) => state.query.trim() !== '');
  const listed = useLibraryStore((state) => state.articles.length);
  const scope = useExportStore((state) => state.scope);
  const format = useExportStore((state) => state.format);
  const layout = useExportStore((state) => state.layout);
  const confirmedTagsOnly = useExportStore((state) => state.confirmedTagsOnly);
  const savedDirectory = useArticleSession((state) => state.settings.exportDirectory);
  const directory = useExportStore((state) => state.directory) ?? savedDirectory;
  const desktop = useAppStore((state) => state.info?.transport === 'electron');
  const pickDirectory = async () => {
    try {
      const { path } = await api.invoke('app:pickFolder', {});
      if (path) setOptions({ directory: path });
    } catch (error) {
      useExportStore.setState({ error: (error as Error).message });
    }
  };
  const running = useExportStore((state) => state.running);
  const setOptions = useExportStore((state) => state.setOptions);
  const runExport = useExportStore((state) => state.runExport);
  const effectiveScope = checkedCount === 0 ? 'filter' : scope;

  return (
    <Dialog title={t('export.title')} onClose={close} testId="export-dialog">
      <form className="export-form" onSubmit={(event) => { event.preventDefault(); setOptions({ scope: effectiveScope }); void runExport(); }}>
        <fieldset>
          <legend>{t('export.scope')}</legend>
          <label>
            <input type="radio" name="export-scope" checked={effectiveScope === 'selected'} disabled={checkedCount === 0} onChange={() => setOptions({ scope: 'selected' })} />
            {t('export.scopeSelected', { count: checkedCount })}
          </label>
          <label>
            <input type="radio" name="export-scope" checked={effectiveScope === 'filter'} onChange={() => setOptions({ scope: 'filter' })} />
            {searching ? t('export.scopeSearch', { count: listed }) : t('export.scopeFilter', { total })}
          </label>
        </fieldset>
        <label className="field">
          <span>{t('export.format')}</span>
          <select data-testid="export-format" value={format} onChange={(event) => setOptions({ format: event.target.value as ExportFormat })}>
            {EXPORT_FORMATS.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('export.layout')}</span>
          <select data-testid="export-layout" value={layout} onChange={(event) => setOptions({ layout: event.target.value as ExportLayout })}>
            {LAYOUTS.map((option) => <option key={option.layout} value={option.layout}>{t(option.key)}</option>)}
          </select>
        </label>
        <div className="field">
          <label htmlFor="export-directory">{t('export.directory')}</label>
          <div className="directory-row">
            <input
              id="export-directory"
              data-testid="export-directory-input"
              value={directory}
              placeholder={t('export.directoryPlaceholder')}
              title={t('export.directoryHelp')}
              spellCheck={false}
              onChange={(event) => setOptions({ directory: event.target.value })}
            />
            {desktop && (
              <button type="button" onClick={() => void pickDirectory()}>
                {t('export.pickDirectory')}
              </button>
            )}
          </div>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={confirmedTagsOnly} onChange={(event) => setOptions({ confirmedTagsOnly: event.target.checked })} />
          {t('export.confirmedOnly')}
        </label>
        <div className="button-row">
          <button type="submit" className="primary" data-testid="export-run" disabled={running}>{running ? t('export.running') : t('export.run')}</button>
        </div>
      </form>
      <ExportResultView />
    </Dialog>
  );
}
