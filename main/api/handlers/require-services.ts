import { ApiError } from '../../../core/api/api-error';
import type { Library, LibraryServices } from '../../library/library';

/** The open library's services, or ApiError('damaged') naming the way out. */
export function requireServices(library: Library): LibraryServices {
  const services = library.services;
  if (!services) throw new ApiError('damaged', library.health.message ?? '文库已损坏。 / The library is damaged.', { latestBackup: library.health.latestBackup });
  return services;
}
