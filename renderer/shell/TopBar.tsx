import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { LanguageSwitch } from './LanguageSwitch';
import { LibraryLocationButton } from './LibraryLocationButton';

export function TopBar() {
  const t = useT();
  const show = useDialogStore((state) => state.show);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">{t('common.appName')}</span>
        <span className="brand-subtitle">{t('common.appSubtitle')}</span>
      </div>
      <nav className="top-actions">
        <button type="button" data-testid="open-import" onClick={() => show('import')}>{t('common.importButton')}</button>
        <button type="button" data-testid="open-export" onClick={() => show('export')}>{t('common.exportButton')}</button>
        <button type="button" data-testid="open-vocabulary" onClick={() => show('vocabulary')}>{t('common.vocabularyButton')}</button>
        <LibraryLocationButton />
        <LanguageSwitch />
      </nav>
    </header>
  );
}
