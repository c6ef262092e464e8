// What the banner and the CLI say about the library file's state, whatever the
// locale: Chinese first, then English.
import { bilingual } from '../../core/api/bilingual';
import type { JournalProblem } from '../store/journal-watch';

export function damagedLibraryMessage(problem: string, latest: string | null): string {
  const zh = `文库文件已损坏（${problem}），不会再写入。${latest ? `最新备份：${latest}。` : '没有可用的备份。'}`;
  const en = `The library file is damaged (${problem}). It will not be written to.${latest ? ` Latest backup: ${latest}.` : ' No backup exists.'}`;
  return `${zh}\n${en}`;
}

export function readOnlyLibraryMessage(reason: { zh: string; en: string }): string {
  return bilingual(
    `文库是只读的（${reason.zh}）：可以阅读、检索和导出，但修改不会保存。`,
    `The library is read-only (${reason.en}): reading, searching and exporting work, but changes are not saved.`,
  );
}

/** `secured`: how what was saved before the loss was kept — written back into the library file, copied to a backup, or not at all (why). */
export function journalLostMessage(problem: JournalProblem, secured: { checkpointed: true } | { backup: string } | { failed: string }): string {
  const what = problem === 'journal-removed' ? { zh: '文库的日志文件（library.sqlite-wal）', en: "The library's journal file (library.sqlite-wal)" } : { zh: '文库文件（library.sqlite）', en: 'The library file (library.sqlite)' };
  const [zh, en] =
    'checkpointed' in secured
      ? ['已保存的修改都已写回文库文件，没有丢失。', 'Every change saved so far was written back into the library file and is safe.']
      : 'backup' in secured
        ? [`已保存的内容另存为备份 ${secured.backup}，必要时从它恢复。`, `Everything saved so far was copied to the backup ${secured.backup}; restore it if needed.`]
        : [`最近保存的修改未能另存（${secured.failed}），请立即备份。`, `The latest saved changes could not be secured (${secured.failed}): make a backup now.`];
  return bilingual(
    `${what.zh}在清稿运行时被删除或替换了。${zh}为免丢失，之后的修改不再保存：请重新启动清稿。`,
    `${what.en} was removed or replaced while Qinggao was running. ${en} To lose nothing, further changes are not saved: restart Qinggao.`,
  );
}
