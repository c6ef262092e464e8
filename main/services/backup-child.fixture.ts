// Run as a child process by backup-kill.test.ts: takes backups of a library one
// after another, saying on stdout when each starts and ends, so the test can
// SIGKILL it in the middle of one.
import { openLibrary } from '../library/open-library';

const [dataDir] = process.argv.slice(2);
const library = await openLibrary({ dataDir });
for (let round = 0; round < 1000; round++) {
  process.stdout.write(`start ${round}\n`);
  await library.backups.create('manual');
  process.stdout.write(`done ${round}\n`);
}
library.close();
