// Import: bytes or text → decoded → split into pages when it cannot be one →
// each page analyzed (with the vocabulary, so articles arrive with suggested
// court and theme tags) and stored before the next is analyzed, so memory holds
// one page's analysis at a time. Inputs are committed in groups of
// PAGES_PER_COMMIT, each input inside its own savepoint: a bad file rolls back
// alone (all its pages), a crash loses at most the group in flight, and
// re-running the same batch skips what is already in (duplicates are found by
// content hash, page by page). PDFs (import-pdf.ts) are read asynchronously by
// pdf.js, so they come in through importFiles, one transaction each.
import { basename } from 'node:path';
import { analyzePage } from '../../core/analysis/analyze-page';
import { splitPageText } from '../../core/import/split-page-text';
import type { DuplicatePolicy, ImportItemResult, ImportReport } from '../../core/model/library';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { Store } from '../store/store';
import { countStoredPage, failImportItem, newImportItemTally, settleImportItem } from './import-item-tally';
import { storeAnalyzedPage } from './store-analyzed-page';
import { collectPageFiles } from './collect-page-files';
import { emptyPageError, readPageInput, type PageInput } from './read-page-input';
import { contentHash } from './page-content-hash';
import { partName } from './page-part-name';
import { importPdf } from './import-pdf';
import { isPdfInput } from './pdf-input';

export type { PageInput, PageMetadata } from './read-page-input';

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

export { contentHash } from "./page-content-hash";

export function createImportService(store: Store, vocabulary: () => Vocabulary) {
  async function importOne(input: PageInput, policy: DuplicatePolicy): Promise<ImportItemResult> {
    const result: ImportItemResult = { name: input.name, status: 'failed', pageId: null, articles: 0, encoding: null, error: null };
    try {
      const decoded = readPageInput(input);
      result.encoding = decoded.encoding;
      result.alternativeEncoding = decoded.alternative;
      result.replaced = decoded.replaced;
      if (decoded.text.trim() === '') throw emptyPageError();
      const { parts, method } = splitPageText(decoded.text);
      result.split = method ? { pages: parts.length, method } : null;
      const replacing = new Set(input.replacePageIds ?? []);
      const tally = newImportItemTally(replacing.size > 0);
      const tagging = vocabulary();
      const now = new Date().toISOString();
      // Parts printed without a masthead of their own belong to the issue of the part before.
      let inherited: { publication: string | null; issueDate: string | null } = { publication: null, issueDate: null };
      await store.transaction(async () => {
        for (const pageId of replacing) await store.write.pages.remove(pageId);
        for (const [index, part] of parts.entries()) {
          const name = partName(input.name, index, parts.length);
          const hash = contentHash(part);
          const existing = await store.read.pages.idsWithHash(hash);
          if (existing.length > 0 && policy === 'skip') {
            tally.pageIds.push(existing[0]);
            continue;
          }
          const analysis = analyzePage(part, { source: name, vocabulary: tagging });
          if (input.known) {
            analysis.publication ??= input.known.publication;
            analysis.issue_date ??= input.known.issueDate;
            analysis.page_label ??= input.known.pageLabel;
          }
          if (policy === 'replace' && existing.length > 0) {
            for (const pageId of existing) await store.write.pages.remove(pageId);
            tally.replaced = true;
          }
          inherited = { publication: analysis.publication ?? inherited.publication, issueDate: analysis.issue_date ?? inherited.issueDate };
          const pageId = await storeAnalyzedPage(
            store,
            {
              source: name,
              contentHash: hash,
              raw: part,
              encoding: result.encoding,
              publication: inherited.publication,
              issueDate: inherited.issueDate,
              pageLabel: analysis.page_label,
              importedAt: now,
            },
            analysis,
            tagging,
          );
          countStoredPage(tally, pageId, analysis.articles.length);
        }
      });
      settleImportItem(result, tally);
    } catch (error) {
      failImportItem(result, error);
    }
    return result;
  }

  /** Text inputs, `offset` of `total` done before them: committed in groups, each input in its own savepoint. */
  async function importTextGroups(inputs: readonly PageInput[], policy: DuplicatePolicy, items: ImportItemResult[], total: number, options: ImportOptions): Promise<void> {
    for (let start = 0; start < inputs.length; start += PAGES_PER_COMMIT) {
      // The outer transaction commits the group; importOne's inner one is a savepoint.
      await store.transaction(async () => {
        for (const input of inputs.slice(start, start + PAGES_PER_COMMIT)) {
          items.push(await importOne(input, policy));
          options.onProgress?.(items.length, total, input.name);
        }
      });
    }
  }

  /** Text inputs only (pasted text, .txt/.md files, the demo pages). PDFs go through importFiles. */
  async function importInputs(inputs: readonly PageInput[], options: ImportOptions = {}): Promise<ImportReport> {
    const items: ImportItemResult[] = [];
    await importTextGroups(inputs, options.onDuplicate ?? 'skip', items, inputs.length, options);
    return reportOf(items);
  }

  /**
   * Any inputs, text or PDF (by name or signature). Text inputs go in groups as in
   * importInputs; each PDF is read, then stored in a transaction of its own, its
   * progress reported page by page (`x.pdf (3/12)`).
   */
  async function importFiles(inputs: readonly PageInput[], options: ImportOptions = {}): Promise<ImportReport> {
    const policy = options.onDuplicate ?? 'skip';
    const items: ImportItemResult[] = [];
    let texts: PageInput[] = [];
    const flushTexts = async () => {
      await importTextGroups(texts, policy, items, inputs.length, options);
      texts = [];
    };
    for (const input of inputs) {
      if (!isPdfInput(input)) {
        texts.push(input);
        continue;
      }
      await flushTexts();
      const done = items.length;
      items.push(await importPdf(store, input, policy, vocabulary(), (_page, _pages, name) => options.onProgress?.(done, inputs.length, name)));
      options.onProgress?.(items.length, inputs.length, input.name);
    }
    await flushTexts();
    return reportOf(items);
  }

  return {
    importInputs,
    importFiles,
    importText: (name: string, text: string, options: ImportOptions = {}) => importInputs([{ name, text }], options),
    /** Files and folders on disk (folders: every .txt/.md/.pdf, recursively), text read as `encoding` when given. */
    importPaths: (paths: readonly string[], options: ImportOptions & { encoding?: PageInput['encoding'] } = {}) =>
      importFiles(
        collectPageFiles(paths).map((path) => ({ name: basename(path), path, encoding: options.encoding })),
        options,
      ),
  };
}

function reportOf(items: ImportItemResult[]): ImportReport {
  return {
    items,
    imported: items.filter((item) => item.status === 'imported' || item.status === 'replaced').length,
    failed: items.filter((item) => item.status === 'failed').length,
    skipped: items.filter((item) => item.status === 'skipped-duplicate').length,
  };
}

export type ImportService = ReturnType<typeof createImportService>;
