// A PDF for import → each page's text geometry, or an error an editor can act on.
// Wraps readPdf (pdf.js) and names what pdf.js reports: a password, a damaged
// or cut-off file. Pages without text are the import's to report, page by page
// (core/pdf/text-layer.ts), so one scanned page does not stop the others.
import { bilingual } from '../../core/api/bilingual';
import type { PdfPageLayout } from '../../core/model/pdf-layout';
// Before pdf.js: it takes the natives that pdf.js's polyfills replace (read-pdf puts them back).
import { restoreNatives } from './pdf-natives';

export function encryptedPdfError(): Error {
  return new Error(
    bilingual(
      'PDF 已加密（需要密码才能打开），未导入；请先用密码打开并另存为不加密的 PDF，再导入。',
      'The PDF is encrypted (it needs a password to open); nothing was imported. Open it with its password, save it unencrypted, then import that.',
    ),
  );
}

export function damagedPdfError(detail: string): Error {
  return new Error(
    bilingual(
      `PDF 文件已损坏或不完整（可能没有下载或复制完），无法读取，未导入；请重新获取原文件。（${detail}）`,
      `The PDF is damaged or incomplete (perhaps not fully downloaded or copied) and cannot be read; nothing was imported. Get the original file again. (${detail})`,
    ),
  );
}

/** pdf.js names its failures by class name (PasswordException, InvalidPDFException, …), not by type. */
function classify(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return encryptedPdfError();
  const detail = error instanceof Error ? error.message : String(error);
  return damagedPdfError(detail);
}

/** `onPage` is called as each page has been read: its 1-based number and the page count. */
export async function openPdf(bytes: Uint8Array, onPage?: (pageNumber: number, pageCount: number) => void): Promise<PdfPageLayout[]> {
  let pages: PdfPageLayout[];
  try {
    // pdf.js (about 40 MB once loaded) is loaded with the first PDF, not by every import of text.
    const { readPdf } = await import('./read-pdf');
    pages = await readPdf(bytes, { onPage });
  } catch (error) {
    throw classify(error);
  } finally {
    restoreNatives();
  }
  // read-pdf folds radical code points to ideographs (core/pdf/fold-pdf-text.ts).
  return pages;
}
