// A PDF file → each page's text geometry (core/model/pdf-layout.ts), read with pdf.js in main:
// text runs with their real font name, weight, type size and baseline, and the painted paths
// (rules, boxes, picture frames) from the operator list.
// Before pdf.js: it takes the natives that pdf.js's polyfills replace, put back below.
import { restoreNatives } from './pdf-natives';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { PdfPageLayout, PdfRule, PdfTextItem } from '../../core/model/pdf-layout';
import { foldPdfText } from '../../core/pdf/fold-pdf-text';
import { isBoldFontName } from '../../core/pdf/is-bold-font-name';
import { withSynchronousInflate } from './synchronous-inflate';
import { withoutType3GlyphPrograms } from './without-type3-glyph-programs';

/**
 * pdf.js keeps every font and object it has loaded until the document is closed: reading a
 * 100-page issue, the heap grew 1.9 MB a page; dropped after every page, 0.6 (0.4 of it the
 * page's layout). But Chromium shares fonts between the pages of one PDF, and loading them again
 * for every page cost 8–15% more CPU on a 10-page issue. Every ten pages keeps most of both.
 */
const PAGES_BETWEEN_CLEANUPS = 10;

export interface ReadPdfOptions {
  /** Called after each page is read: its 1-based number and the page count. */
  onPage?: (pageNumber: number, pageCount: number) => void;
}

interface TextItemLike {
  str: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const PAINTS = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** The bounding boxes of painted paths, in page points from the top-left, the page-sized background left out. */
async function readRules(page: PDFPageProxy, viewport: Matrix, width: number, height: number): Promise<PdfRule[]> {
  const operators = await page.getOperatorList();
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = viewport;
  for (let index = 0; index < operators.fnArray.length; index++) {
    const op = operators.fnArray[index];
    const args = operators.argsArray[index] as unknown[];
    if (op === OPS.save) stack.push(matrix);
    else if (op === OPS.restore) matrix = stack.pop() ?? viewport;
    else if (op === OPS.transform) matrix = multiply(matrix, args as Matrix);
    else if (op === OPS.paintFormXObjectBegin && Array.isArray(args[0])) {
      stack.push(matrix);
      matrix = multiply(matrix, args[0] as Matrix);
    } else if (op === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? viewport;
    else if (op === OPS.constructPath && PAINTS.has(args[0] as number)) {
      const box = args[2] as ArrayLike<number> | null;
      if (!box || box.length < 4) continue;
      const corners = [[box[0], box[1]], [box[2], box[3]], [box[0], box[3]], [box[2], box[1]]].map(([x, y]) => [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]]);
      const xs = corners.map((corner) => corner[0]);
      const ys = corners.map((corner) => corner[1]);
      const rule = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
      if (rule.width >= width * 0.98 && rule.height >= height * 0.98) continue;
      const stroked = args[0] === OPS.stroke || args[0] === OPS.closeStroke;
      if (stroked && rule.width > 4 && rule.height > 4) {
        // A stroked box is four rules (an article's frame), not a painted area.
        const edge = 0.75;
        rules.push({ ...rule, height: edge }, { ...rule, y: rule.y + rule.height - edge, height: edge }, { ...rule, width: edge }, { ...rule, x: rule.x + rule.width - edge, width: edge });
      } else rules.push(rule);
    }
  }
  return rules;
}

/** The font's real name (`NotoSerifCJKsc-Bold`, subset prefix dropped), or pdf.js's id when the font object has none. */
function realFontName(page: PDFPageProxy, id: string, cache: Map<string, string>): string {
  let name = cache.get(id);
  if (name === undefined) {
    name = id;
    try {
      const font = page.commonObjs.get(id) as { name?: string } | null;
      if (font?.name) name = font.name.replace(/^[A-Z]{6}\+/u, '');
    } catch {
      // Not resolved (yet): keep the id; weight then falls back to no bold.
    }
    cache.set(id, name);
  }
  return name;
}

export function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPageLayout[]> {
  return withSynchronousInflate(() => readPages(bytes, options));
}

async function readPages(bytes: Uint8Array, options: ReadPdfOptions): Promise<PdfPageLayout[]> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const data = withoutType3GlyphPrograms(bytes);
  const document = await getDocument({ data: data === bytes ? new Uint8Array(bytes) : data, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  // The first document has loaded pdf.js's worker code, and with it the last of its polyfills.
  restoreNatives();
  try {
    const pages: PdfPageLayout[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const { width, height } = viewport;
      const toPage = viewport.transform as Matrix;
      // The operator list loads the fonts into commonObjs, where their real names are.
      const rules = await readRules(page, toPage, width, height);
      const content = await page.getTextContent();
      const fontNames = new Map<string, string>();
      const items: PdfTextItem[] = [];
      let foldedCharacters = 0;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItemLike;
        // Blank runs stay: a printed space (an ideographic space after a dateline) bridges a gap that would otherwise read as a gutter.
        if (item.str === '' || item.width <= 0) continue;
        const [a, b, c, d, e, f] = multiply(toPage, item.transform as Matrix);
        // Horizontal text only: the vertical scale is the type size, the origin the baseline.
        const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        const folded = foldPdfText(item.str);
        foldedCharacters += folded.count;
        const fontName = realFontName(page, item.fontName, fontNames);
        items.push({ text: folded.text, x: e, y: f - fontSize * 0.88, width: item.width, height: fontSize, fontSize, fontName, bold: isBoldFontName(fontName), baseline: f });
      }
      pages.push({ pageNumber, width, height, items, rules, foldedCharacters });
      page.cleanup();
      if (pageNumber % PAGES_BETWEEN_CLEANUPS === 0 && pageNumber < document.numPages) await document.cleanup();
      options.onPage?.(pageNumber, document.numPages);
      // A long PDF is read a page per turn of the event loop, so the main process stays responsive.
      if (pageNumber < document.numPages) await new Promise((resolve) => setImmediate(resolve));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
