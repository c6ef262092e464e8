import type { LibraryLocation } from '../../core/model/library-location';
import type { Translate } from '../i18n/translate';

/** 本机文库 with its folder, or 共享文库 host:port/database as user. */
export function describeLocation(location: LibraryLocation, t: Translate): string {
  return location.kind === 'local'
    ? t('sharedLibrary.currentLocal', { folder: location.dataDir })
    : t('sharedLibrary.currentShared', { host: location.host, port: location.port, database: location.database, user: location.user });
}
