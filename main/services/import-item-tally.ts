// What one import input (a text file or a PDF, one or many pages) did to the library, kept
// while its pages are stored and written into its report line at the end. Text and PDF
// imports count the same way.
import type { ImportItemResult } from '../../core/model/library';

export interface ImportItemTally {
  /** Pages stored, or found already in (skipped duplicates), in order. */
  pageIds: number[];
  stored: number;
  /** Some earlier page was removed for these: the input replaced it. */
  replaced: boolean;
  articles: number;
}

export function newImportItemTally(replacing: boolean): ImportItemTally {
  return { pageIds: [], stored: 0, replaced: replacing, articles: 0 };
}

/** A page stored with its articles. */
export function countStoredPage(tally: ImportItemTally, pageId: number, articles: number): void {
  tally.pageIds.push(pageId);
  tally.articles += articles;
  tally.stored++;
}

export function settleImportItem(result: ImportItemResult, tally: ImportItemTally): void {
  result.pageIds = tally.pageIds;
  result.pageId = tally.pageIds[0] ?? null;
  result.articles = tally.articles;
  result.status = tally.stored === 0 ? 'skipped-duplicate' : tally.replaced ? 'replaced' : 'imported';
}

export function failImportItem(result: ImportItemResult, error: unknown): void {
  result.status = 'failed';
  result.error = error instanceof Error ? error.message : String(error);
}
