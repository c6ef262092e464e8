import { firstProblem } from '../store/open-database';
import { damagedMessage, openCliLibrary, parseCommand, runCommand } from './cli-library';

const USAGE = 'qinggao check --data DIR';

/** The full integrity check (opening runs only quick_check) plus the full-text index. */
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
      db.prepare("INSERT INTO article_grams(article_grams) VALUES ('integrity-check')").run();
      process.stdout.write(`ok: ${read.pages.count()} pages, ${read.articles.count()} articles; latest backup: ${library.health.latestBackup ?? 'none'}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`check failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      library.close();
    }
  });
}
