// What every library command shares: `--data DIR`, opening the library, and a
// clear message (naming the latest backup) when the file is damaged.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ArticleFilter, ArticleStatus } from '../../core/model/library';
import { ARTICLE_STATUSES } from '../../core/model/library';
import { closeOnSignals } from '../app/close-on-signals';
import type { Library, LibraryServices } from '../library/library';
import { LIBRARY_FILE_NAME as LIBRARY_FILE, openLibrary } from '../library/open-library';
import { openSharedLibrary } from '../library/open-shared-library';
import { parseSharedLocation } from '../library/library-location';
import { resolveDataDir } from '../app/data-dir';
import { defaultVocabularyDir } from '../vocab/default-vocabulary';
import { bilingual } from '../../core/api/bilingual';
import { ApiError, toFailure } from '../../core/api/api-error';

export class UsageError extends Error {
  override name = 'UsageError';
}

const DATA_REQUIRED = bilingual('须用 --data DIR 指明文库所在的文件夹。', '--data DIR is required (the library folder).');

export const filterOptions = {
  court: { type: 'string' },
  theme: { type: 'string' },
  status: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  'page-label': { type: 'string' },
  confirmed: { type: 'boolean' },
} as const;

export function parseCommand<Options extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options: { data: { type: 'string' }, db: { type: 'string' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(bilingual(`参数有误：${message}`, message));
  }
}

export function filterFrom(values: Record<string, string | boolean | undefined>): ArticleFilter {
  const status = values.status as string | undefined;
  if (status !== undefined && !ARTICLE_STATUSES.includes(status as ArticleStatus)) throw new UsageError(bilingual(`--status 须是 ${ARTICLE_STATUSES.join('、')} 之一`, `--status must be one of ${ARTICLE_STATUSES.join(', ')}`));
  for (const key of ['from', 'to', 'date'] as const) {
    const value = values[key];
    if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(bilingual(`--${key} 须是日期，如 2025-06-27`, `--${key} must be a date like 2025-06-27`));
  }
  const filter: ArticleFilter = {};
  if (typeof values.court === 'string') filter.court = values.court;
  if (typeof values.theme === 'string') filter.theme = values.theme;
  if (status !== undefined) filter.status = status as ArticleStatus;
  if (typeof values.from === 'string') filter.dateFrom = values.from;
  if (typeof values.to === 'string') filter.dateTo = values.to;
  if (typeof values.date === 'string') filter.issueDate = values.date;
  if (typeof values['page-label'] === 'string') filter.pageLabel = values['page-label'];
  if (values.confirmed === true) filter.confirmedOnly = true;
  return filter;
}

/**
 * Only `import` and `restore` may create a library: a mistyped --data for
 * search/export/check/backup must say so, not answer from a new empty library.
 */
export async function openCliLibrary(dataDir: string | undefined, options: { create?: boolean } = {}): Promise<Library> {
  if (!dataDir) throw new UsageError(DATA_REQUIRED);
  if (!options.create && !existsSync(join(dataDir, LIBRARY_FILE))) {
    throw new Error(
      bilingual(
        `没有找到文库：${dataDir} 中没有 ${LIBRARY_FILE}。新建文库请用：qinggao import --data ${dataDir} 文件…`,
        `No library in ${dataDir} (${LIBRARY_FILE} missing). Create one with: qinggao import --data ${dataDir} FILES…`,
      ),
    );
  }
  return openLibrary({ dataDir, vocabularyDir: defaultVocabularyDir() });
}

export function damagedMessage(library: Library): string {
  const backup = library.health.latestBackup;
  const restore = backup
    ? `恢复命令 / Restore it with: qinggao restore --data ${library.dataDir} ${backup}`
    : '备份文件夹中没有备份。 / No backup exists in the backups folder.';
  return `${library.health.message ?? '文库已损坏。 / The library is damaged.'}\n${restore}`;
}

/** Runs `work` on a healthy library; prints errors and returns the exit code. */
/** Where a command works: `--db postgres://…` (or QINGGAO_DB) names a shared library, else `--data DIR` the local one. */
export interface LibraryTarget {
  data?: string;
  db?: string;
}

export async function withLibrary(
  target: LibraryTarget,
  work: (services: LibraryServices, library: Library) => Promise<number> | number,
  options: { create?: boolean } = {},
): Promise<number> {
  const databaseUrl = target.db ?? (process.env.QINGGAO_DB || undefined);
  const library = databaseUrl
    ? await openSharedLibrary({ location: parseSharedLocation(databaseUrl, process.env), dataDir: target.data ?? resolveDataDir([]), vocabularyDir: defaultVocabularyDir() })
    : await openCliLibrary(target.data, options);
  const stopListening = closeOnSignals(() => library.close());
  try {
    if (!library.services) {
      process.stderr.write(`${damagedMessage(library)}\n`);
      return 1;
    }
    if (library.health.state === 'readonly') process.stderr.write(`${library.health.message}\n`);
    try {
      return await work(library.services, library);
    } catch (error) {
      // A write refused for the reason just printed: saying it a second time adds nothing.
      if (error instanceof ApiError && error.code === 'readonly' && error.message === library.health.message) return 1;
      throw error;
    }
  } finally {
    stopListening();
    library.close();
  }
}

/** Usage errors exit 2, failures 1, each with one clear line on stderr in Chinese and English (described from its cause when it is no ApiError). */
export async function runCommand(usage: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    process.stderr.write(`${failureMessage(error)}\n`);
    return 1;
  }
}

export function failureMessage(error: unknown): string {
  return toFailure(error).error.message;
}
