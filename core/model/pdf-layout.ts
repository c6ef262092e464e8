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
}

/** A drawn rule or box edge (column rules, article boxes); thin rectangles. */
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
}
