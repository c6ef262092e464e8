import { bilingual } from '../../core/api/bilingual';
import { backupNameOf } from '../services/backup-service';
import { openCliLibrary, parseCommand, runCommand, UsageError } from './cli-library';

const USAGE = 'qinggao restore --data DIR BACKUP   (a name from `qinggao backup --data DIR --list`, or its path: backups/NAME.sqlite)';

export function restoreCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommand(argv, {});
    if (positionals.length !== 1) throw new UsageError('Name exactly one backup file.');
    // Works on a damaged library too: restoring is the way out.
    // A shared library is checked and backed up on its server (pg_dump), not from here.
    if (values.db !== undefined) throw new UsageError(bilingual('restore 只用于本机文库（--data），共享文库由服务器管理员检查和备份。', 'restore works on a local library (--data) only; a shared library is checked and backed up on its server.'));
    const library = await openCliLibrary(values.data, { create: true });
    try {
      const name = backupNameOf(library.dataDir, positionals[0]);
      await library.backups.restore(name);
      process.stdout.write(`restored ${name}; the previous file was kept as a before-restore backup\n`);
      return library.health.state === 'ok' ? 0 : 1;
    } finally {
      library.close();
    }
  });
}
