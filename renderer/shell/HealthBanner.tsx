import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';

/** Shown when app:info reports a damaged or read-only library, or when talking to main fails. */
export function HealthBanner() {
  const t = useT();
  const health = useAppStore((state) => state.info?.health);
  const error = useAppStore((state) => state.error);
  const restoring = useAppStore((state) => state.restoring);
  const restoredFrom = useAppStore((state) => state.restoredFrom);
  const restore = useAppStore((state) => state.restoreLatestBackup);

  if (health?.state === 'damaged') {
    return (
      <div className="banner banner-danger" role="alert" data-testid="health-banner" data-state="damaged">
        <span>{t('common.healthDamaged', { message: health.message ?? '' })}</span>
        {health.latestBackup ? (
          <button type="button" disabled={restoring} onClick={() => void restore()}>{restoring ? t('common.restoring') : t('common.restoreBackup')}</button>
        ) : (
          <span>{t('common.healthNoBackup')}</span>
        )}
        {error && <span>{t('common.errorPrefix', { message: error })}</span>}
      </div>
    );
  }
  if (health?.state === 'readonly') {
    // Reading goes on, so the banner informs rather than alarms; the message says why and what still works.
    return (
      <div className="banner banner-warning" role="status" data-testid="health-banner" data-state="readonly">
        <span>{t('common.healthReadOnly', { message: health.message ?? '' })}</span>
        {error && <span>{t('common.errorPrefix', { message: error })}</span>}
      </div>
    );
  }
  if (restoredFrom) return <div className="banner banner-ok" role="status">{t('common.restored', { file: restoredFrom })}</div>;
  if (error) return <div className="banner banner-danger" role="alert">{t('common.errorPrefix', { message: error })}</div>;
  return null;
}
