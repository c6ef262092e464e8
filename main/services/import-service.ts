// Import: bytes or text → decoded → analyzed (with the vocabulary, so articles
// arrive with suggested court and theme tags) → stored. Pages are committed in
// groups of PAGES_PER_COMMIT, each page inside its own savepoint: a bad page rolls
// back alone, a crash loses at most the group in flight, and re-running the same
// batch skips what is already in (duplicates are found by content hash).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzePage } from '../../core/analysis/analyze-page';
import type { DuplicatePolicy, ImportItemResult, ImportReport } from '../../core/model/library';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { Store } from '../store/store';
import { insertAnalyzedArticle } from './article-records';
import { analysisToJson } from './stored-analysis';
import { collectPageFiles } from './collect-page-files';
import { decodePageBytes } from '../decode/index';

export interface PageInput {
  name: string;
  /** Raw bytes to decode, or … */
  bytes?: Uint8Array;
  /** … text already decoded (pasted). */
  text?: string;
  /** Read lazily so a large batch is never all in memory. */
  path?: string;
  /** What is known of the page besides its text (the demo pages' metadata); a printed masthead still wins. */
  known?: PageMetadata;
}

export interface PageMetadata {
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
}

export interface ImportOptions {
  onDuplicate?: DuplicatePolicy;
  onProgress?: (done: number, total: number, name: string) => void;
}

/**
 * Every commit makes both FTS5 indexes flush a new segment (and merge): measured
 * at ~3 ms a commit, more than storing a page. Twenty pages a commit keeps a
 * crash's loss small and the import of 1,000 pages well within its 10 s.
 */
const PAGES_PER_COMMIT = 20;

export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

export function createImportService(store: Store, vocabulary: () => Vocabulary) {
  function importOne(input: PageInput, policy: DuplicatePolicy): ImportItemResult {
    const result: ImportItemResult = { name: input.name, status: 'failed', pageId: null, articles: 0, encoding: null, error: null };
    try {
      let text: string;
      if (input.text !== undefined) {
        text = input.text;
        result.encoding = 'text';
      } else {
        const decoded = decodePageBytes(input.bytes ?? readFileSync(input.path!));
        text = decoded.text;
        result.encoding = decoded.encoding;
      }
      if (text.trim() === '') throw new Error('The page is empty.');
      const hash = contentHash(text);
      const existing = store.read.pages.idsWithHash(hash);
      if (existing.length > 0 && policy === 'skip') {
        result.status = 'skipped-duplicate';
        result.pageId = existing[0];
        return result;
      }
      const analysis = analyzePage(text, { source: input.name, vocabulary: vocabulary() });
      if (input.known) {
        analysis.publication ??= input.known.publication;
        analysis.issue_date ??= input.known.issueDate;
        analysis.page_label ??= input.known.pageLabel;
      }
      const now = new Date().toISOString();
      const tagging = vocabulary();
      store.transaction(() => {
        if (policy === 'replace') for (const pageId of existing) store.write.pages.remove(pageId);
        const pageId = store.write.pages.insert({
          source: input.name,
          contentHash: hash,
          raw: text,
          encoding: result.encoding,
          publication: analysis.publication,
          issueDate: analysis.issue_date,
          pageLabel: analysis.page_label,
          analysisJson: analysisToJson(analysis),
          importedAt: now,
        });
        analysis.articles.forEach((article, ordinal) => {
          const flags = analysis.flags.filter((flag) => flag.article === ordinal);
          insertAnalyzedArticle(store, pageId, ordinal, article, flags, now, tagging);
        });
        result.pageId = pageId;
      });
      result.status = existing.length > 0 && policy === 'replace' ? 'replaced' : 'imported';
      result.articles = analysis.articles.length;
    } catch (error) {
      result.status = 'failed';
      result.error = error instanceof Error ? error.message : String(error);
    }
    return result;
  }

  function importInputs(inputs: readonly PageInput[], options: ImportOptions = {}): ImportReport {
    const policy = options.onDuplicate ?? 'skip';
    const items: ImportItemResult[] = [];
    for (let start = 0; start < inputs.length; start += PAGES_PER_COMMIT) {
      // The outer transaction commits the group; importOne's inner one is a savepoint.
      store.transaction(() => {
        for (const input of inputs.slice(start, start + PAGES_PER_COMMIT)) {
          items.push(importOne(input, policy));
          options.onProgress?.(items.length, inputs.length, input.name);
        }
      });
    }
    return {
      items,
      imported: items.filter((item) => item.status === 'imported' || item.status === 'replaced').length,
      failed: items.filter((item) => item.status === 'failed').length,
      skipped: items.filter((item) => item.status === 'skipped-duplicate').length,
    };
  }

  return {
    importInputs,
    importText: (name: string, text: string, options: ImportOptions = {}) => importInputs([{ name, text }], options),
    /** Files and folders on disk (folders: every .txt/.md, recursively). */
    importPaths: (paths: readonly string[], options: ImportOptions = {}) =>
      importInputs(
        collectPageFiles(paths).map((path) => ({ name: basename(path), path })),
        options,
      ),
  };
}

export type ImportService = ReturnType<typeof createImportService>;
