// Run as a child process by removed-journal.test.ts: a library that takes one
// command per stdin line — `save N` imports a small page, `health` prints the
// health state — and answers each on stdout, so the test can delete the journal
// and SIGKILL the process between acknowledged saves.
import { createInterface } from 'node:readline';
import { openLibrary } from './open-library';

const [dataDir, journalCheckMs] = process.argv.slice(2);
const library = await openLibrary({ dataDir, journalCheckMs: Number(journalCheckMs) });

for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument] = line.split(' ');
  if (command === 'save') {
    try {
      await library.services!.imports.importText(`save-${argument}.txt`, `第${argument}次保存的稿件\n正文第${argument}段。\n`);
      process.stdout.write(`saved ${argument}\n`);
    } catch (error) {
      process.stdout.write(`refused ${JSON.stringify((error as Error).message)}\n`);
    }
  } else if (command === 'health') {
    process.stdout.write(`health ${library.health.state}\n`);
  }
}
