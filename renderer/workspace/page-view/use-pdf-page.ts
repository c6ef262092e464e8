import type { PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { loadPdfPage } from './pdf-document-cache';

export type PdfPageState = { status: 'loading' } | { status: 'ready'; page: PDFPageProxy } | { status: 'missing' } | { status: 'failed'; message: string };

/** The printed page of library page `pageId`, as it loads; a late answer for a page no longer shown is dropped. */
export function usePdfPage(pageId: number): PdfPageState {
  const [state, setState] = useState<{ pageId: number; value: PdfPageState }>({ pageId, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    loadPdfPage(pageId).then(
      (page) => current && setState({ pageId, value: page ? { status: 'ready', page } : { status: 'missing' } }),
      (error: unknown) => current && setState({ pageId, value: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [pageId]);
  return state.pageId === pageId ? state.value : { status: 'loading' };
}
