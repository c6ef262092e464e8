import type { Library } from '../../library/library';
import type { DomainHandlers } from './handler-context';
import { requireServices } from './require-services';

export function importHandlers(library: Library): DomainHandlers<'import:text' | 'import:files'> {
  return {
    'import:text': ({ name, text, onDuplicate }) => requireServices(library).imports.importText(name, text, { onDuplicate }),
    'import:files': ({ files, onDuplicate }) =>
      requireServices(library).imports.importFiles(
        files.map((file) => ({ name: file.name, base64: file.base64, encoding: file.encoding, replacePageIds: file.replacePageIds })),
        { onDuplicate },
      ),
  };
}
