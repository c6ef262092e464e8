import { existsSync } from 'node:fs';
import { ApiError } from '../../../core/api/api-error';
import type { Library } from '../../library/library';
import type { DesktopShell, DomainHandlers, HandlerContext } from './handler-context';
import { requireServices } from './require-services';

function requireDesktop(context: HandlerContext): DesktopShell {
  if (!context.desktop) throw new ApiError('unsupported', 'Only the desktop app can open folders; in the browser, type the folder path.');
  return context.desktop;
}

export function appHandlers(library: Library, context: HandlerContext): DomainHandlers<'app:info' | 'app:pickFolder' | 'app:showInFolder' | 'settings:get' | 'settings:set'> {
  return {
    'app:info': () => ({ version: context.version, dataDir: context.dataDir, transport: context.transport, health: library.health }),
    'app:pickFolder': async () => ({ path: await requireDesktop(context).pickFolder() }),
    'app:showInFolder': ({ path }) => {
      const desktop = requireDesktop(context);
      if (!existsSync(path)) throw new ApiError('not_found', `Not found: ${path}`);
      desktop.showInFolder(path);
      return { shown: true };
    },
    'settings:get': () => requireServices(library).settings.get(),
    'settings:set': (request) => requireServices(library).settings.set(request),
  };
}
