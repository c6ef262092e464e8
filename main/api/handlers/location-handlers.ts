// Where the library lives and what others do to it (issue #11). The library
// host (library-host.ts) owns the choice; without one (handlers over a bare
// library, as in most tests) the library is this computer's and stays so.
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';
import type { Library } from '../../library/library';
import type { DomainHandlers, HandlerContext } from './handler-context';

type LocationChannels = 'library:location' | 'library:connect' | 'library:changes' | 'library:transfer';

const noHost = () => new ApiError('unsupported', bilingual('这个窗口不能切换文库。', 'This window cannot switch libraries.'));

export function locationHandlers(library: Library, context: HandlerContext): DomainHandlers<LocationChannels> {
  const { host } = context;
  return {
    'library:location': () =>
      host?.info() ?? { location: { kind: 'local', dataDir: library.dataDir }, canSavePassword: false, lastShared: null, fallback: null },
    'library:connect': (request) => {
      if (!host) throw noHost();
      return host.connect(request);
    },
    'library:changes': ({ articleId }) => (host ? host.changes(articleId) : (library.services?.changes(articleId) ?? { cursor: 0, editors: [] })),
    'library:transfer': ({ pageIds, to }) => {
      if (!host) throw noHost();
      return host.transfer(pageIds, to);
    },
  };
}
