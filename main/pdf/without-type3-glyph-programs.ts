// The PDF's bytes with each Type 3 font's glyph programs (CharProcs) unlisted, for reading text
// and geometry only; every byte offset kept, so the cross-reference table stays true.
//
// Why: Chromium (Skia) prints Noto CJK as Type 3 fonts, about 145 a page, one glyph program (a
// Flate stream of path operators) per character used. pdf.js interprets every glyph program of
// a font when it loads the font, for getTextContent and getOperatorList alike, only to draw the
// glyphs later; text, widths and positions come from the font dictionary (Widths, FontMatrix,
// FontBBox, ToUnicode). Unlisted, a page reads in about a third of the time (2026-12-06).
//
// What pdf.js takes from the glyph programs besides drawings, and why it is lost to nothing here:
// - a glyph's bounding box (d1) replaces the font's FontBBox when the font has none, or when a
//   glyph is about ten times bigger than the FontBBox (pdf.js then sizes text by it): only fonts
//   with a FontBBox of non-zero width and height are touched, and a glyph ten times bigger than
//   the box that should enclose it is a broken font (Skia's FontBBox is the union of its glyphs);
// - images and fonts used inside glyphs become dependencies of the page's operator list, which
//   read-pdf does not look at.
// A compressed object stream is left as it is (its fonts keep their programs): still correct, only slower.
// An inline dictionary of glyph name → indirect reference, the only form touched.
const CHAR_PROCS = /\/CharProcs\s*<<((?:\s*\/[^\s/<>[\]()%]+\s+\d+\s+\d+\s+R)*\s*)>>/gu;
const FONT_BBOX = /\/FontBBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/gu;
const EMPTY = '/CharProcs <<>>';

/**
 * The object around `index`, from the `endobj` before it to the one after. In an uncompressed
 * object stream that span holds several objects: it then has more than one FontBBox and is left alone.
 */
function enclosingObject(text: string, index: number): string {
  const start = text.lastIndexOf('endobj', index);
  const end = text.indexOf('endobj', index);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/** A FontBBox of non-zero width and height, given once and inline, and a single CharProcs. */
function hasOwnFontBBox(object: string): boolean {
  const boxes = [...object.matchAll(FONT_BBOX)];
  if (boxes.length !== 1 || object.split('/CharProcs').length !== 2) return false;
  const [x0, y0, x1, y1] = boxes[0].slice(1).map(Number);
  return x0 !== x1 && y0 !== y1;
}

/** A copy of `bytes` (or `bytes` itself when nothing is unlisted); the caller's bytes are never changed. */
export function withoutType3GlyphPrograms(bytes: Uint8Array): Uint8Array {
  // latin1 keeps one character per byte, so string indexes are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let copy: Uint8Array | null = null;
  for (const match of text.matchAll(CHAR_PROCS)) {
    if (match[1].trim() === '') continue;
    if (!hasOwnFontBBox(enclosingObject(text, match.index))) continue;
    copy ??= new Uint8Array(bytes);
    // An empty dictionary padded with spaces to the old length: no offset after it moves.
    const emptied = EMPTY + ' '.repeat(match[0].length - EMPTY.length);
    for (let offset = 0; offset < emptied.length; offset++) copy[match.index + offset] = emptied.charCodeAt(offset);
  }
  return copy ?? bytes;
}
