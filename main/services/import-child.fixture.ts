// Run as a child process by import-service.test.ts: imports a folder into a
// library and reports progress on stdout, so the test can SIGKILL it mid-batch.
import { openLibrary } from '../library/open-library';

const [dataDir, folder] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
await library.services!.imports.importPaths([folder], { onProgress: (done) => process.stdout.write(`${done}\n`) });
library.close();
process.stdout.write('finished\n');
