import { join } from 'node:path';
import { bilingual } from '../../core/api/bilingual';
import { backupHeaderProblem, checkBackupFile } from '../services/backup-file-checks';
import { backupsDirOf, listBackups } from '../services/backup-service';
import { firstProblem } from '../store/open-database';
import type { Library } from '../library/library';
import { damagedMessage, openCliLibrary, parseCommand, runCommand, UsageError } from './cli-library';

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

/** What a backup killed mid-write had left, which opening the library cleared (or could not). */
function reportUnfinishedBackups({ removed, left }: Library['unfinishedBackups']): void {
  if (removed.length) process.stderr.write(`${bilingual(`注意：已删除中断的备份留下的 ${removed.length} 个不完整文件（${removed.join('、')}）；它们从来不是可恢复的备份。`, `note: removed ${removed.length} unfinished file(s) an interrupted backup had left (${removed.join(', ')}); they were never restorable backups.`)}\n`);
  for (const { file, reason } of left) process.stderr.write(`${bilingual(`警告：中断的备份留下的不完整文件 ${file} 无法删除（${reason}）；它不是备份，可以手动删除。`, `warning: the unfinished file ${file} an interrupted backup left could not be removed (${reason}); it is no backup and may be deleted by hand.`)}\n`);
}

/** The full integrity check (opening runs only quick_check), the full-text index, and the backups. */
export function checkCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values } = parseCommand(argv, {});
    // A shared library is checked and backed up on its server (pg_dump), not from here.
    if (values.db !== undefined) throw new UsageError(bilingual('check 只用于本机文库（--data），共享文库由服务器管理员检查和备份。', 'check works on a local library (--data) only; a shared library is checked and backed up on its server.'));
    const library = await openCliLibrary(values.data);
    try {
      reportUnfinishedBackups(library.unfinishedBackups);
      if (!library.services) {
        process.stderr.write(`${damagedMessage(library)}\n`);
        return 1;
      }
      const { read } = library.services.store;
      const db = library.database!;
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
      process.stdout.write(`ok${readOnly ? ' (read-only; full-text index not checked)' : ''}: ${await read.pages.count()} pages, ${await read.articles.count()} articles; latest verified backup: ${latest ?? 'none'}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`check failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      library.close();
    }
  });
}
