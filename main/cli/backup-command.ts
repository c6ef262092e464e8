import { listBackups } from '../services/backup-service';
import { parseCommand, runCommand, UsageError, withLibrary } from './cli-library';

const USAGE = 'qinggao backup --data DIR [--list]';

export function backupCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values } = parseCommand(argv, { list: { type: 'boolean' } });
    if (values.list) {
      if (!values.data) throw new UsageError('--data DIR is required (the library folder).');
      for (const backup of listBackups(values.data!)) process.stdout.write(`${backup.file}  ${(backup.bytes / 1024 / 1024).toFixed(1)} MB  ${backup.reason}\n`);
      return 0;
    }
    return withLibrary(values.data, async (_services, library) => {
      const backup = await library.backups.create('manual');
      process.stdout.write(`backed up to ${backup.file} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB)\n`);
      return 0;
    });
  });
}
