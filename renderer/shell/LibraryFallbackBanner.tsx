import { useT } from '../i18n/use-t';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryLocationStore } from '../stores/library-location-store';

/** The shared library could not be opened at start: the local one is open instead, and this says why. */
export function LibraryFallbackBanner() {
  const t = useT();
  const fallback = useLibraryLocationStore((state) => state.info?.fallback);
  const show = useDialogStore((state) => state.show);
  if (!fallback) return null;
  return (
    <div className="banner banner-warning" role="status" data-testid="library-fallback-banner">
      <span>{fallback}</span>
      <button type="button" onClick={() => show('library-location')}>{t('sharedLibrary.openLocation')}</button>
    </div>
  );
}
