// Export writes into a fresh folder under <dataDir>/exports/ (the request never
// names a path) and never overwrites a file: clashing names get ` (2)`, ` (3)` ….
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApiError } from '../../core/api/api-error';
import type { ExportArticle } from '../../core/export/export-article';
import { safeFileStem, uniqueFileName } from '../../core/export/export-file-name';
import { formatCsvIndex } from '../../core/export/format-csv-index';
import { formatGoldJson } from '../../core/export/format-gold-json';
import { formatHtml } from '../../core/export/format-html';
import { formatMarkdowns } from '../../core/export/format-markdown';
import { formatTexts } from '../../core/export/format-text';
import type { ArticleFilter, ExportFormat, ExportLayout, ExportResult } from '../../core/model/library';
import type { Store } from '../store/store';
import { formatDocx } from './format-docx';
import { loadExportArticles } from './load-export-articles';
import { newExportDirectory } from './new-export-directory';

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

export function createExportService(store: Store, dataDir: string) {
  return {
    async exportArticles(request: ExportRequest, options: { directory?: string } = {}): Promise<ExportResult> {
      if (!request.articleIds && !request.filter) throw new ApiError('invalid', 'Choose articles or a filter to export.');
      const articles = loadExportArticles(store, request);
      if (articles.length === 0) throw new ApiError('not_found', 'No article matches the selection.');
      const chosen = options.directory ?? request.directory;
      if (chosen !== undefined && !isAbsolute(chosen)) throw new ApiError('invalid', `The export folder must be a full path: ${chosen}`);
      const directory = chosen ?? newExportDirectory(dataDir);
      mkdirSync(directory, { recursive: true });
      const taken = new Set<string>();
      const claim = (stem: string, extension: string) => {
        const name = uniqueFileName(stem, extension, (candidate) => taken.has(candidate.toLowerCase()) || existsSync(join(directory, candidate)));
        taken.add(name.toLowerCase());
        return name;
      };
      const files: string[] = [];
      if (request.format === 'csv') {
        const name = claim('index', 'csv');
        writeFileSync(join(directory, name), formatCsvIndex(articles.map((article) => ({ article, file: '' }))), { flag: 'wx' });
        return { directory, files: [name], articles: articles.length };
      }
      const groups = new Map<string, ExportArticle[]>();
      for (const article of articles) {
        const key = groupOf(article, request.layout);
        groups.set(key, [...(groups.get(key) ?? []), article]);
      }
      for (const group of groups.values()) {
        const stem = stemOf(group, request.layout);
        const name = claim(stem, EXTENSIONS[request.format]);
        // 'wx': fail rather than overwrite if something appeared in between.
        writeFileSync(join(directory, name), await render(request.format, group, stem), { flag: 'wx' });
        files.push(name);
      }
      return { directory, files, articles: articles.length };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
