// Where each raw line of a page read from a PDF stands on the printed page, so
// the workspace can show the page beside the text and move between them.

/** A raw line's box, in PDF points from the page's top-left corner. */
export interface LineBox {
  /** Raw line index (`RawLine.index`). */
  line: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageGeometry {
  /** 1-based page number inside the stored PDF. */
  pdfPage: number;
  width: number;
  height: number;
  lines: LineBox[];
}
