// Export writes into a fresh folder under <dataDir>/exports/, or a folder the
// editor chose (which folders a transport may name is export-folder-policy's
// business), and never overwrites a file: clashing names get ` (2)`, ` (3)` ….
//
// Each file is written on its own and a failure is reported with its cause while
// the batch goes on, rather than writing the batch to a temporary folder and moving
// it into place: the files of a batch are independent of each other, a move can
// fail file by file just the same (a name taken meanwhile, a full disk), and a crash
// would leave a hidden folder behind. A file that fails half-written is removed.
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import { describeFailure } from '../../core/api/describe-failure';
import type { ExportArticle } from '../../core/export/export-article';
import { safeFileStem, uniqueFileName } from '../../core/export/safe-file-name';
import { formatCsvIndex } from '../../core/export/format-csv-index';
import { formatGoldJson } from '../../core/export/format-gold-json';
import { formatHtml } from '../../core/export/format-html';
import { formatMarkdowns } from '../../core/export/format-markdown';
import { formatTexts } from '../../core/export/format-text';
import type { ArticleFilter, ExportFailure, ExportFormat, ExportLayout, ExportResult } from '../../core/model/library';
import type { Store } from '../store/store';
import { formatDocx } from './format-docx';
import { loadExportArticles } from './load-export-articles';
import { newExportDirectory } from './new-export-directory';
import { isNotWritable, readOnlyExportFolder } from './read-only-export-folder';

export interface ExportRequest {
  articleIds?: number[];
  filter?: ArticleFilter;
  format: ExportFormat;
  layout: ExportLayout;
  confirmedTagsOnly: boolean;
  /** See the export:articles channel. */
  directory?: string;
}

const EXTENSIONS: Record<ExportFormat, string> = { txt: 'txt', md: 'md', html: 'html', docx: 'docx', json: 'json', csv: 'csv' };

function groupOf(article: ExportArticle, layout: ExportLayout): string {
  if (layout === 'per-article') return `article:${article.id}`;
  if (layout === 'per-page') return `page:${article.pageId}`;
  return `issue:${article.issueDate ?? 'undated'}`;
}

function stemOf(group: readonly ExportArticle[], layout: ExportLayout): string {
  const first = group[0];
  if (layout === 'per-article') return safeFileStem([first.issueDate, first.courts[0], first.fields.title]);
  if (layout === 'per-page') return safeFileStem([first.issueDate, first.pageLabel ?? first.source.replace(/\.[^.]+$/, '')]);
  return safeFileStem([first.issueDate ?? '未注明日期', first.publication]);
}

async function render(format: ExportFormat, group: readonly ExportArticle[], title: string): Promise<string | Uint8Array> {
  switch (format) {
    case 'txt':
      return formatTexts(group);
    case 'md':
      return formatMarkdowns(group);
    case 'html':
      return formatHtml(group, title);
    case 'json':
      return formatGoldJson(group);
    case 'docx':
      return formatDocx(group);
    case 'csv':
      throw new Error('csv is written as one index for the batch');
  }
}

/** Writes `name` in `directory` only if nothing of that name exists ('wx'); a partly written file is removed. */
function writeNewFile(directory: string, name: string, content: string | Uint8Array): void {
  const path = join(directory, name);
  const descriptor = openSync(path, 'wx');
  try {
    writeFileSync(descriptor, content);
  } catch (error) {
    closeSync(descriptor);
    unlinkSync(path);
    throw error;
  }
  closeSync(descriptor);
}

/** The default folder under exports/; where exports/ cannot be written (a read-only data folder), said of that folder. */
function newWritableExportDirectory(dataDir: string): string {
  try {
    return newExportDirectory(dataDir);
  } catch (error) {
    if (isNotWritable(error)) throw readOnlyExportFolder(join(dataDir, 'exports'));
    throw error;
  }
}

export function createExportService(store: Store, dataDir: string) {
  return {
    async exportArticles(request: ExportRequest, options: { directory?: string } = {}): Promise<ExportResult> {
      if (!request.articleIds && !request.filter) throw new ApiError('invalid', bilingual('请选择要导出的稿件或筛选条件。', 'Choose articles or a filter to export.'));
      const articles = await loadExportArticles(store, request);
      if (articles.length === 0) throw new ApiError('not_found', bilingual('没有符合所选范围的稿件。', 'No article matches the selection.'));
      const chosen = options.directory ?? request.directory;
      if (chosen !== undefined && !isAbsolute(chosen)) throw new ApiError('invalid', bilingual(`导出文件夹须是完整路径：${chosen}`, `The export folder must be a full path: ${chosen}`));
      const directory = chosen ?? newWritableExportDirectory(dataDir);
      if (existsSync(directory) && !statSync(directory).isDirectory()) {
        throw new ApiError('invalid', bilingual(`导出位置是一个文件，不是文件夹：${directory}`, `The export location is a file, not a folder: ${directory}`));
      }
      try {
        mkdirSync(directory, { recursive: true });
        // A folder that exists but cannot take files fails every file alike: say it once, of the folder.
        accessSync(directory, constants.W_OK);
      } catch (error) {
        if (isNotWritable(error)) throw readOnlyExportFolder(directory);
        throw error;
      }
      const taken = new Set<string>();
      const claim = (stem: string, extension: string) => {
        const name = uniqueFileName(stem, extension, (candidate) => taken.has(candidate.toLowerCase()) || existsSync(join(directory, candidate)));
        taken.add(name.toLowerCase());
        return name;
      };
      const files: string[] = [];
      const failures: ExportFailure[] = [];
      const write = async (name: string, content: () => Promise<string | Uint8Array> | string | Uint8Array) => {
        try {
          writeNewFile(directory, name, await content());
          files.push(name);
        } catch (error) {
          failures.push({ file: name, message: describeFailure(error, { withPath: false }).message });
        }
      };
      if (request.format === 'csv') {
        await write(claim('index', 'csv'), () => formatCsvIndex(articles.map((article) => ({ article, file: '' }))));
        return { directory, files, articles: articles.length, failures };
      }
      const groups = new Map<string, ExportArticle[]>();
      for (const article of articles) {
        const key = groupOf(article, request.layout);
        groups.set(key, [...(groups.get(key) ?? []), article]);
      }
      for (const group of groups.values()) {
        const stem = stemOf(group, request.layout);
        await write(claim(stem, EXTENSIONS[request.format]), () => render(request.format, group, stem));
      }
      return { directory, files, articles: articles.length, failures };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
