// One PDF → one library page per PDF page, like the parts of a split text file:
// named `x.pdf (3/12)`, found again by the content hash of their raw text,
// grouped under the issue their masthead names (pages printed without one take
// the issue of the page before). The PDF itself is stored once, with the first
// page that refers to it, in the same transaction (pdf_files, migration 0008).
//
// pdf.js reads the file (asynchronously) before anything is written; then every
// page is analyzed and stored in one transaction, one page's analysis at a time,
// so a file that cannot be read changes nothing and a failure while storing
// rolls the whole PDF back. A page with no text layer (scanned) is left out and
// named in the report; the other pages import.
import { createHash } from 'node:crypto';
import type { DuplicatePolicy, ImportItemResult } from '../../core/model/library';
import type { PdfImportNote } from '../../core/model/import-notes';
import type { PdfPageLayout } from '../../core/model/pdf-layout';
import type { Vocabulary } from '../../core/model/vocabulary';
import { analyzePdfPage } from '../../core/pdf/analyze-pdf-page';
import { hasTextLayer, noTextLayerMessage } from '../../core/pdf/text-layer';
import { bilingual } from '../../core/api/bilingual';
import { openPdf } from '../pdf/open-pdf';
import type { Store } from '../store/store';
import { contentHash } from './page-content-hash';
import { partName } from './page-part-name';
import { readInputBytes, type PageInput } from './read-page-input';
import { countStoredPage, failImportItem, newImportItemTally, settleImportItem } from './import-item-tally';
import { storeAnalyzedPage } from './store-analyzed-page';

/**
 * Called as each PDF page has been read (`read`, the slow part: pdf.js), then again as it is
 * stored or left out (`stored`): its 1-based number, the page count, and its name.
 */
export type PdfPageProgress = (page: number, pages: number, name: string, stage: 'read' | 'stored') => void;

function noPageImported(note: PdfImportNote): Error {
  if (note.pages === 0) return new Error(bilingual('PDF 中没有任何页面，未导入。', 'The PDF has no pages; nothing was imported.'));
  return new Error(
    bilingual(
      `PDF 的 ${note.pages} 页都没有文字层（是扫描的图片），需要先进行 OCR，未导入。`,
      `None of the PDF’s ${note.pages} page(s) has a text layer (they are scanned images): it needs OCR first; nothing was imported.`,
    ),
  );
}

export async function importPdf(store: Store, input: PageInput, policy: DuplicatePolicy, tagging: Vocabulary, onPage?: PdfPageProgress): Promise<ImportItemResult> {
  // `pdf` says the file was taken for a PDF even when it fails (no re-reading it as another text encoding).
  const note: PdfImportNote = { pages: 0, skipped: [] };
  const result: ImportItemResult = { name: input.name, status: 'failed', pageId: null, articles: 0, encoding: null, error: null, pdf: note };
  try {
    const bytes = readInputBytes(input);
    const layouts: (PdfPageLayout | undefined)[] = await openPdf(bytes, (pageNumber, pageCount) => onPage?.(pageNumber, pageCount, partName(input.name, pageNumber - 1, pageCount), 'read'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    note.pages = layouts.length;
    const replacing = new Set(input.replacePageIds ?? []);
    const tally = newImportItemTally(replacing.size > 0);
    const now = new Date().toISOString();
    let inherited: { publication: string | null; issueDate: string | null } = { publication: null, issueDate: null };
    await store.transaction(async () => {
      for (const pageId of replacing) await store.write.pages.remove(pageId);
      for (const [index, layout] of layouts.entries()) {
        // Each page's layout is let go once stored, so a long PDF's memory shrinks as it goes.
        layouts[index] = undefined;
        const name = partName(input.name, index, layouts.length);
        const pageNumber = layout!.pageNumber;
        try {
          if (!hasTextLayer(layout!)) {
            note.skipped.push({ page: pageNumber, message: noTextLayerMessage() });
            continue;
          }
          const analysis = analyzePdfPage(layout!, { source: name, vocabulary: tagging });
          const raw = analysis.lines.map((line) => line.text).join('\n');
          const hash = contentHash(raw);
          const existing = await store.read.pages.idsWithHash(hash);
          if (existing.length > 0 && policy === 'skip') {
            tally.pageIds.push(existing[0]);
            continue;
          }
          if (policy === 'replace' && existing.length > 0) {
            for (const pageId of existing) await store.write.pages.remove(pageId);
            tally.replaced = true;
          }
          inherited = { publication: analysis.publication ?? inherited.publication, issueDate: analysis.issue_date ?? inherited.issueDate };
          // Checked page by page: replacing this PDF's own earlier pages may just have released it.
          if (!(await store.read.pdfFiles.has(sha256))) await store.write.pdfFiles.insert({ sha256, bytes, pageCount: layouts.length, storedAt: now });
          const pageId = await storeAnalyzedPage(
            store,
            {
              source: name,
              contentHash: hash,
              raw,
              encoding: null,
              publication: inherited.publication,
              issueDate: inherited.issueDate,
              pageLabel: analysis.page_label,
              importedAt: now,
              pdfSha256: sha256,
              pdfPage: pageNumber,
            },
            analysis,
            tagging,
          );
          countStoredPage(tally, pageId, analysis.articles.length);
        } finally {
          onPage?.(index + 1, layouts.length, name, 'stored');
        }
      }
      if (tally.pageIds.length === 0) throw noPageImported(note);
    });
    settleImportItem(result, tally);
  } catch (error) {
    failImportItem(result, error);
  }
  return result;
}
