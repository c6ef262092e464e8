// The PDF's bytes with each Type 3 font's glyph programs (CharProcs) unlisted, for reading text
// and geometry only; every byte offset kept, so the cross-reference table stays true.
//
// Why: Chromium (Skia) prints Noto CJK as Type 3 fonts, about 145 a page, one glyph program (a
// Flate stream of path operators) per character used. pdf.js interprets every glyph program of
// a font when it loads the font, for getTextContent and getOperatorList alike, only to draw the
// glyphs later; text, widths and positions come from the font dictionary (Widths, FontMatrix,
// FontBBox, ToUnicode). Unlisted, a page takes about 40% less CPU to read (190 → 115 ms, 2026-12-06).
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
const CHAR_PROCS = /\/CharProcs\s*<<((?:\s*\/[^\s/<>[\]()%]+\s+\d+\s+\d+\s+R)*\s*)>>/uy;
const FONT_BBOX = /\/FontBBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/gu;
const EMPTY = '/CharProcs <<>>';

/** A FontBBox of non-zero width and height, given once and inline, and a single CharProcs. */
function hasOwnFontBBox(object: string): boolean {
  const boxes = [...object.matchAll(FONT_BBOX)];
  if (boxes.length !== 1 || object.split('/CharProcs').length !== 2) return false;
  const [x0, y0, x1, y1] = boxes[0].slice(1).map(Number);
  return x0 !== x1 && y0 !== y1;
}

/** A copy of `bytes` (or `bytes` itself when nothing is unlisted); the caller's bytes are never changed. */
export function withoutType3GlyphPrograms(bytes: Uint8Array): Uint8Array {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let copy: Uint8Array | null = null;
  // Searched as bytes, and only each font's object read as text (latin1: one character a byte),
  // so a 30 MB issue is not turned into a 30 MB string (that alone took 0.1 s).
  for (let at = file.indexOf('/CharProcs'); at >= 0; at = file.indexOf('/CharProcs', at + 1)) {
    // The object around it, from the `endobj` before to the one after. In an uncompressed object
    // stream that span holds several objects: it then has more than one FontBBox and is left alone.
    const start = Math.max(0, file.lastIndexOf('endobj', at));
    const end = file.indexOf('endobj', at);
    const object = file.toString('latin1', start, end < 0 ? file.length : end);
    CHAR_PROCS.lastIndex = at - start;
    const match = CHAR_PROCS.exec(object);
    if (!match || match[1].trim() === '' || !hasOwnFontBBox(object)) continue;
    copy ??= new Uint8Array(bytes);
    // An empty dictionary padded with spaces to the old length: no offset after it moves.
    copy.set(Buffer.from(EMPTY.padEnd(match[0].length, ' '), 'latin1'), at);
  }
  return copy ?? bytes;
}
