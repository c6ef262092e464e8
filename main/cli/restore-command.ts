import { openCliLibrary, parseCommand, runCommand, UsageError } from './cli-library';

const USAGE = 'qinggao restore --data DIR BACKUP_FILE   (a name from `qinggao backup --data DIR --list`)';

export function restoreCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommand(argv, {});
    if (positionals.length !== 1) throw new UsageError('Name exactly one backup file.');
    // Works on a damaged library too: restoring is the way out.
    const library = openCliLibrary(values.data, { create: true });
    try {
      library.backups.restore(positionals[0]);
      process.stdout.write(`restored ${positionals[0]}; the previous file was kept as a before-restore backup\n`);
      return library.health.state === 'ok' ? 0 : 1;
    } finally {
      library.close();
    }
  });
}
