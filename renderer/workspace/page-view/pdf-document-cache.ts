// The stored PDF of a library page, opened with pdf.js in the renderer. pdf.js
// is loaded on first use (it is large and most pages are text); its worker is a
// file of the app itself (the CSP allows workers from 'self' only), and nothing
// is fetched from the network.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { api } from '../../api/client';
import { base64ToBytes } from './base64-to-bytes';

/** Pages of one issue are looked at in turn: keep a few documents open, not every one seen. */
const KEEP_OPEN = 3;
const open = new Map<number, Promise<PDFPageProxy | null>>();
const documents = new Map<number, Promise<PDFDocumentProxy | null>>();

let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;

function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  pdfjs ??= import('pdfjs-dist').then((library) => {
    library.GlobalWorkerOptions.workerSrc = workerUrl;
    return library;
  });
  return pdfjs;
}

/** Where the build put pdf.js's CMaps and standard fonts (vite.config.ts), for PDFs that do not embed their fonts. */
const assetUrl = (folder: string) => new URL(`./pdfjs/${folder}/`, document.baseURI).href;

async function openDocument(pageId: number): Promise<{ pdf: PDFDocumentProxy; pdfPage: number } | null> {
  const stored = await api.invoke('pages:pdf', { pageId });
  if (!stored) return null;
  const { getDocument } = await loadPdfjs();
  const pdf = await getDocument({
    data: base64ToBytes(stored.data),
    // No eval: the CSP forbids it, and pdf.js draws fonts without it.
    isEvalSupported: false,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
  }).promise;
  return { pdf, pdfPage: stored.pdfPage };
}

function forget(pageId: number): void {
  void documents.get(pageId)?.then((pdf) => pdf?.destroy());
  documents.delete(pageId);
  open.delete(pageId);
}

/** The printed page of library page `pageId`, or null when it was not imported from a PDF. */
export function loadPdfPage(pageId: number): Promise<PDFPageProxy | null> {
  const cached = open.get(pageId);
  if (cached) {
    // Most recently used last, so the oldest is the one let go.
    open.delete(pageId);
    open.set(pageId, cached);
    return cached;
  }
  const opening = openDocument(pageId);
  const pdf = opening.then((result) => result?.pdf ?? null);
  const page = opening.then((result) => (result ? result.pdf.getPage(result.pdfPage) : null));
  documents.set(pageId, pdf.catch(() => null));
  open.set(pageId, page);
  // A failure is not kept: the next look tries again.
  page.catch(() => open.get(pageId) === page && forget(pageId));
  while (open.size > KEEP_OPEN) forget(open.keys().next().value!);
  return page;
}

/** Another library opened: its page ids name other pages. */
export function forgetAllPdfPages(): void {
  for (const pageId of [...open.keys(), ...documents.keys()]) forget(pageId);
}
