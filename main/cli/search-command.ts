import { filterFrom, filterOptions, parseCommand, runCommand, UsageError, withLibrary } from './cli-library';
import { bilingual } from '../../core/api/bilingual';

const USAGE = 'qinggao search --data DIR [--court NAME] [--theme NAME] [--status S] [--from DATE] [--to DATE] [--date DATE] [--page-label L] [--confirmed] [--limit N] [--offset N] [--json] [QUERY...]';

export function searchCommand(argv: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommand(argv, { ...filterOptions, limit: { type: 'string', default: '20' }, offset: { type: 'string', default: '0' }, json: { type: 'boolean' } });
    const limit = Number(values.limit);
    const offset = Number(values.offset);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(bilingual('--limit 须在 1 到 500 之间', '--limit must be 1–500'));
    if (!Number.isInteger(offset) || offset < 0) throw new UsageError(bilingual('--offset 须是 0 或更大的整数', '--offset must be 0 or more'));
    const filter = filterFrom(values);
    return withLibrary(values, async (services) => {
      const result = await services.search.search(positionals.join(' '), filter, offset, limit);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      for (const hit of result.hits) {
        const { article } = hit;
        const snippet = hit.snippet.replace(/\uE000/g, '[').replace(/\uE001/g, ']');
        process.stdout.write(`#${article.id}  ${article.issueDate ?? '----------'}  ${article.title}\n    ${snippet}\n`);
      }
      process.stdout.write(`${result.total} articles (showing ${offset + 1}–${offset + result.hits.length}, ${result.tookMs} ms)\n`);
      return 0;
    });
  });
}
