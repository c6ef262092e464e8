// Every channel of the contract, over one library. Handlers know nothing about
// Electron or HTTP: both transports call them through createDispatch().
import type { Handlers } from '../../core/api/contract';
import type { Library } from '../library/library';
import { appHandlers } from './handlers/app-handlers';
import { articleHandlers } from './handlers/article-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { exportHandlers } from './handlers/export-handlers';
import type { HandlerContext } from './handlers/handler-context';
import { importHandlers } from './handlers/import-handlers';
import { libraryHandlers } from './handlers/library-handlers';
import { locationHandlers } from './handlers/location-handlers';
import { searchHandlers } from './handlers/search-handlers';
import { createSessionFolders } from './handlers/session-folders';
import { tagHandlers } from './handlers/tag-handlers';

export function createHandlers(library: Library, context: HandlerContext): Handlers {
  const session = createSessionFolders();
  return {
    ...appHandlers(library, context, session),
    ...libraryHandlers(library),
    ...articleHandlers(library),
    ...importHandlers(library),
    ...searchHandlers(library),
    ...exportHandlers(library, context, session),
    ...tagHandlers(library),
    ...backupHandlers(library),
    ...locationHandlers(library, context),
  };
}
