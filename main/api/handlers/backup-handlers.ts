import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';

// backup:list and backup:restore answer even when the library is damaged: they are the way out.
export function backupHandlers(library: Library): DomainHandlers<'backup:create' | 'backup:list' | 'backup:restore'> {
  return {
    'backup:create': () => {
      requireServices(library);
      return library.backups.create('manual');
    },
    'backup:list': () => library.backups.list(),
    'backup:restore': ({ file }) => library.backups.restore(file),
  };
}
