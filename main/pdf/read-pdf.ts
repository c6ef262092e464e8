// A PDF file → each page's text geometry (core/model/pdf-layout.ts), read with
// pdf.js in main. BASELINE: text items only; rules, bold detection and the
// classification of bad files (encrypted, no text layer, …) come with issue #10.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPageLayout, PdfTextItem } from '../../core/model/pdf-layout';

interface TextItemLike {
  str: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPageLayout[]> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPageLayout[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItemLike;
        const fontSize = Math.hypot(item.transform[2], item.transform[3]) || item.height;
        const baseline = height - item.transform[5];
        items.push({ text: item.str, x: item.transform[4], y: baseline - fontSize * 0.88, width: item.width, height: fontSize, fontSize, fontName: item.fontName, bold: false });
      }
      pages.push({ pageNumber, width, height, items, rules: [] });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
