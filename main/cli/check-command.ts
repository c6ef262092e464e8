import { join } from 'node:path';
import { bilingual } from '../../core/api/bilingual';
import { backupHeaderProblem, checkBackupFile } from '../services/backup-file-checks';
import { backupsDirOf, listBackups } from '../services/backup-service';
import { firstProblem } from '../store/open-database';
import { damagedMessage, openCliLibrary, parseCommand, runCommand } from './cli-library';

const USAGE = 'qinggao check --data DIR';

/**
 * Every backup's header, and the full check of the newest sound one: the
 * backup `check` names is one that restores. Each unusable backup is named on stderr.
 */
function checkBackups(dataDir: string): string | null {
  let latest: string | null = null;
  for (const backup of listBackups(dataDir)) {
    const path = join(backupsDirOf(dataDir), backup.file);
    let problem = backupHeaderProblem(path);
    if (!problem && latest === null && backup.reason !== 'before-restore') {
      try {
        checkBackupFile(path);
        latest = backup.file;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
    if (problem) process.stderr.write(`${bilingual(`警告：备份 ${backup.file} 不能恢复（${problem}）。`, `warning: the backup ${backup.file} cannot be restored (${problem}).`)}\n`);
  }
  return latest;
}

/** The full integrity check (opening runs only quick_check), the full-text index, and the backups. */
export function checkCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values } = parseCommand(argv, {});
    const library = openCliLibrary(values.data);
    try {
      if (!library.services) {
        process.stderr.write(`${damagedMessage(library)}\n`);
        return 1;
      }
      const { db, read } = library.services.store;
      const problem = firstProblem(db, 'integrity_check');
      if (problem) {
        process.stderr.write(`integrity check failed: ${problem}\n`);
        return 1;
      }
      const readOnly = library.health.state === 'readonly';
      // The FTS5 check is an INSERT of a command: a read-only connection cannot run it.
      if (readOnly) process.stderr.write(`${library.health.message}\n`);
      else db.prepare("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')").run();
      const latest = checkBackups(library.dataDir);
      process.stdout.write(`ok${readOnly ? ' (read-only; full-text index not checked)' : ''}: ${read.pages.count()} pages, ${read.articles.count()} articles; latest verified backup: ${latest ?? 'none'}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`check failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      library.close();
    }
  });
}
