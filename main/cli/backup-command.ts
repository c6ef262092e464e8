import { join } from 'node:path';
import { bilingual } from '../../core/api/bilingual';
import { backupHeaderProblem } from '../services/backup-file-checks';
import { backupsDirOf, listBackups } from '../services/backup-service';
import { parseCommand, runCommand, UsageError, withLibrary } from './cli-library';

const USAGE = 'qinggao backup --data DIR [--list]';

export function backupCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values } = parseCommand(argv, { list: { type: 'boolean' } });
    if (values.list) {
      if (!values.data) throw new UsageError('--data DIR is required (the library folder).');
      for (const backup of listBackups(values.data!)) {
        const problem = backupHeaderProblem(join(backupsDirOf(values.data!), backup.file));
        process.stdout.write(`${backup.file}  ${(backup.bytes / 1024 / 1024).toFixed(1)} MB  ${backup.reason}${problem ? `  (${bilingual('不能恢复', 'cannot be restored')}: ${problem})` : ''}\n`);
      }
      return 0;
    }
    return withLibrary(values, async (_services, library) => {
      const backup = await library.backups.create('manual');
      process.stdout.write(`backed up to ${backup.file} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB)\n`);
      return 0;
    });
  });
}
