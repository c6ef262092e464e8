// Run as a child process by export-read-only-folder.test.ts, as a user who may
// not write the data folder: exports to the default folder through the real
// handlers, then, if main offered another folder, exports there; prints both answers as JSON.
import { openLibrary } from '../library/open-library';
import { createHandlers } from './create-handlers';
import { createDispatch } from './dispatch';

const [dataDir, homeDir] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
const dispatch = createDispatch(createHandlers(library, { transport: 'http', version: '0', dataDir, homeDir }));
const request = { filter: {}, format: 'txt', layout: 'per-article', confirmedTagsOnly: true };
const first = (await dispatch('export:articles', request)) as { ok: boolean; error?: { details?: { suggestedDirectory?: string } } };
const suggested = first.error?.details?.suggestedDirectory;
const second = suggested ? await dispatch('export:articles', { ...request, directory: suggested }) : null;
library.close();
process.stdout.write(JSON.stringify({ first, second }));
