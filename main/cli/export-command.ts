import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportLayout } from '../../core/model/library';
import { filterFrom, filterOptions, parseCommand, runCommand, UsageError, withLibrary } from './cli-library';
import { bilingual } from '../../core/api/bilingual';

const USAGE = `qinggao export --data DIR --format ${EXPORT_FORMATS.join('|')} [--layout per-article|per-page|per-issue] [--ids 1,2,3] [--out FOLDER] [--include-suggested-tags] [filters: --court --theme --status --from --to --date --page-label --confirmed]`;

export function exportCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values } = parseCommand(argv, {
      ...filterOptions,
      format: { type: 'string' },
      layout: { type: 'string', default: 'per-article' },
      ids: { type: 'string' },
      out: { type: 'string' },
      // Confirmed tags only is the default; the flag stays accepted for older scripts.
      'confirmed-tags-only': { type: 'boolean' },
      'include-suggested-tags': { type: 'boolean' },
    });
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(bilingual(`--format 须是 ${EXPORT_FORMATS.join('、')} 之一`, `--format must be one of ${EXPORT_FORMATS.join(', ')}`));
    const layout = values.layout as ExportLayout;
    if (!['per-article', 'per-page', 'per-issue'].includes(layout)) throw new UsageError(bilingual('--layout 须是 per-article、per-page 或 per-issue', '--layout must be per-article, per-page or per-issue'));
    const articleIds = values.ids?.split(',').map((id) => Number(id.trim()));
    if (articleIds?.some((id) => !Number.isInteger(id) || id < 1)) throw new UsageError(bilingual('--ids 须是用逗号分隔的稿件编号', '--ids must be article numbers separated by commas'));
    const filter = filterFrom(values);
    return withLibrary(values, async (services) => {
      const started = performance.now();
      const result = await services.exports.exportArticles(
        { articleIds, filter, format, layout, confirmedTagsOnly: values['include-suggested-tags'] !== true },
        { directory: values.out ? resolve(values.out) : undefined },
      );
      for (const failure of result.failures) process.stderr.write(`未能写入 / not written: ${failure.file}: ${failure.message}\n`);
      process.stdout.write(`${result.articles} articles → ${result.files.length} files in ${result.directory} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      return result.failures.length > 0 ? 1 : 0;
    });
  });
}
