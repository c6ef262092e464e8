import { useT } from '../i18n/use-t';
import { describeLocation } from '../library-location/describe-location';
import { useDialogStore } from '../stores/dialog-store';
import { useLibraryLocationStore } from '../stores/library-location-store';

/** Opens 文库位置; says at a glance whether the open library is the shared one. */
export function LibraryLocationButton() {
  const t = useT();
  const show = useDialogStore((state) => state.show);
  const location = useLibraryLocationStore((state) => state.info?.location);
  const shared = location?.kind === 'shared';
  return (
    <button
      type="button"
      data-testid="open-library-location"
      data-location={location?.kind}
      className={shared ? 'location-shared' : undefined}
      title={location ? describeLocation(location, t) : undefined}
      onClick={() => show('library-location')}
    >
      {shared ? t('sharedLibrary.locationButtonShared') : t('sharedLibrary.locationButton')}
    </button>
  );
}
