import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportLayout } from '../../core/model/library';
import { filterFrom, filterOptions, parseCommand, runCommand, UsageError, withLibrary } from './cli-library';

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
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const layout = values.layout as ExportLayout;
    if (!['per-article', 'per-page', 'per-issue'].includes(layout)) throw new UsageError('--layout must be per-article, per-page or per-issue');
    const articleIds = values.ids?.split(',').map((id) => Number(id.trim()));
    if (articleIds?.some((id) => !Number.isInteger(id) || id < 1)) throw new UsageError('--ids must be article numbers separated by commas');
    const filter = filterFrom(values);
    return withLibrary(values.data, async (services) => {
      const started = performance.now();
      const result = await services.exports.exportArticles(
        { articleIds, filter, format, layout, confirmedTagsOnly: values['include-suggested-tags'] !== true },
        { directory: values.out ? resolve(values.out) : undefined },
      );
      process.stdout.write(`${result.articles} articles → ${result.files.length} files in ${result.directory} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      return 0;
    });
  });
}
