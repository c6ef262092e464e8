import { TEXT_ENCODINGS, type TextEncodingChoice } from '../../core/model/import-notes';
import type { DuplicatePolicy } from '../../core/model/library';
import { parseCommand, runCommand, UsageError, withLibrary } from './cli-library';
import { importNotes, pdfPageName } from './import-notes';

const USAGE = `qinggao import --data DIR [--on-duplicate skip|replace|keep-both] [--encoding ${TEXT_ENCODINGS.join('|')}] FILE_OR_FOLDER...`;

export function importCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommand(argv, { 'on-duplicate': { type: 'string', default: 'skip' }, encoding: { type: 'string', default: 'auto' } });
    const policy = values['on-duplicate'] as DuplicatePolicy;
    if (!['skip', 'replace', 'keep-both'].includes(policy)) throw new UsageError('--on-duplicate must be skip, replace or keep-both');
    const encoding = values.encoding as TextEncodingChoice;
    if (!TEXT_ENCODINGS.includes(encoding)) throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')}`);
    if (positionals.length === 0) throw new UsageError('Name at least one file or folder to import.');
    return withLibrary(values, async (services) => {
      const started = performance.now();
      const report = await services.imports.importPaths(positionals, {
        onDuplicate: policy,
        encoding,
        onProgress: (done, total, name) => process.stderr.write(`\r${done}/${total} ${name}`.padEnd(60).slice(0, 80)),
      });
      process.stderr.write('\n');
      let pagesLeftOut = 0;
      for (const item of report.items) {
        if (item.status === 'failed') process.stderr.write(`failed: ${item.name}: ${item.error}\n`);
        else for (const note of importNotes(item)) process.stdout.write(`${item.name}: ${note}\n`);
        for (const skipped of item.status === 'failed' ? [] : (item.pdf?.skipped ?? [])) {
          process.stderr.write(`not imported: ${item.name} ${pdfPageName(skipped.page)}: ${skipped.message}\n`);
          pagesLeftOut++;
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`imported ${report.imported}, skipped ${report.skipped} duplicates, failed ${report.failed} (${seconds} s)\n`);
      // A PDF page left out (scanned, no text layer) is a failure a batch script must see, though the rest came in.
      return report.failed > 0 || pagesLeftOut > 0 ? 1 : 0;
    }, { create: true });
  });
}
