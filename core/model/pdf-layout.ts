// What a PDF page says about its text, as geometry: the input of the PDF layout
// engine (core/pdf/). Read from the file by main/pdf/read-pdf.ts (pdf.js); kept
// plain data so core stays pure and a page can be re-analyzed without the file.

/** One run of text as the PDF draws it. Coordinates in PDF points from the page's top-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  /** Top of the glyph box. */
  y: number;
  width: number;
  height: number;
  /** Type size in points (the text matrix's vertical scale). */
  fontSize: number;
  /** The font's name as the PDF gives it (e.g. `NotoSerifCJKsc-Bold`), or pdf.js's id when it has none. */
  fontName: string;
  bold: boolean;
  /** The baseline, in points from the top (read-pdf.ts gives it exactly; else `y + 0.88 × fontSize`). */
  baseline?: number;
}

/**
 * A drawn rule, box or filled area (column rules, article boxes, picture frames): the bounding box
 * of one painted path. Thin ones are rules; large filled ones stand for pictures.
 */
export interface PdfRule {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPageLayout {
  /** 1-based page number inside its PDF. */
  pageNumber: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
  /** Characters the reader folded (Kangxi radicals → ideographs, ⸺ → ——). */
  foldedCharacters?: number;
}
