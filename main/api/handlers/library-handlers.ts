import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';

export function libraryHandlers(library: Library): DomainHandlers<'library:tree' | 'pages:get' | 'pages:pdf' | 'pages:setOverrides'> {
  return {
    'library:tree': () => requireServices(library).pages.tree(),
    'pages:get': ({ pageId }) => requireServices(library).pages.get(pageId),
    'pages:pdf': ({ pageId }) => requireServices(library).pages.pdf(pageId),
    'pages:setOverrides': ({ pageId, overrides }) => requireServices(library).pages.setOverrides(pageId, overrides),
  };
}
