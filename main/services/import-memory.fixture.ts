// Run as a child process by import-service.test.ts: imports one large file into
// a fresh library and prints the report and the process's peak RSS, so the test
// measures the import's memory alone.
import { openLibrary } from '../library/open-library';

const [dataDir, file] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
const report = await library.services!.imports.importPaths([file]);
library.close();
process.stdout.write(JSON.stringify({ report, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
