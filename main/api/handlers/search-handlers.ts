import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';

export function searchHandlers(library: Library): DomainHandlers<'search:articles'> {
  return {
    'search:articles': ({ query, filter, offset, limit }) => requireServices(library).search.search(query, filter, offset, limit),
  };
}
