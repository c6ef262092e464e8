// Run as a child process by close-on-signals.test.ts: a library with fresh
// writes in its journal, closed on SIGTERM/SIGINT. Prints "ready" once written.
import { openLibrary } from '../library/open-library';
import { closeOnSignals } from './close-on-signals';

const [dataDir] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
await library.services!.imports.importText('before-signal.txt', '信号之前保存的稿件\n正文。\n');
closeOnSignals(() => library.close(), { exitCode: 0 });
// Keeps the process alive, as a server would.
setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
