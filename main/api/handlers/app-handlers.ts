import type { Library } from '../../library/library';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { requireServices } from './require-services';

export function appHandlers(library: Library, context: HandlerContext): DomainHandlers<'app:info' | 'settings:get' | 'settings:set'> {
  return {
    'app:info': () => ({ version: context.version, dataDir: context.dataDir, transport: context.transport, health: library.health }),
    'settings:get': () => requireServices(library).settings.get(),
    'settings:set': (request) => requireServices(library).settings.set(request),
  };
}
