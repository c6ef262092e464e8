import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberedPagesPdf, pdfFixture } from './make-test-pdf.fixture';
import { withoutType3GlyphPrograms } from './without-type3-glyph-programs';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const count = (text: string, part: string) => text.split(part).length - 1;

/** What read-pdf takes from pdf.js: every text item, and every operator with its arguments. */
async function whatPdfjsReads(bytes: Uint8Array) {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const page = await document.getPage(1);
    const operators = await page.getOperatorList();
    const text = await page.getTextContent();
    // Font ids name their document (`g_d3_f12`): the same fonts, read twice, differ only there.
    const anyDocument = (json: string) => json.replace(/g_d\d+_f/gu, 'g_d_f');
    return { operators: anyDocument(JSON.stringify([operators.fnArray, operators.argsArray])), text: anyDocument(JSON.stringify(text.items)) };
  } finally {
    await document.destroy();
  }
}

describe('withoutType3GlyphPrograms', () => {
  it('empties every Chromium Type 3 font’s glyph programs in place, and pdf.js reads the same text and operators', async () => {
    const original = pdfFixture('pdf-q2_baotou_headline_after.pdf');
    const untouched = Buffer.from(original);
    const unlisted = withoutType3GlyphPrograms(original);
    expect(Buffer.from(original)).toEqual(untouched);
    expect(unlisted.length).toBe(original.length);
    const fonts = count(latin1(original), '/Subtype /Type3');
    expect(fonts).toBeGreaterThan(100);
    expect(count(latin1(unlisted), '/CharProcs <<>>')).toBe(fonts);
    // Only the glyph dictionaries changed: the cross-reference offsets still point at their objects.
    expect(latin1(unlisted).replace(/\/CharProcs <<>> */gu, '')).toBe(latin1(original).replace(/\/CharProcs\s*<<[^<>]*>>/gu, ''));
    const [before, after] = [await whatPdfjsReads(original), await whatPdfjsReads(unlisted)];
    expect(after.text).toBe(before.text);
    expect(after.operators).toBe(before.operators);
  });

  it('leaves the glyph programs of a Type 3 font whose FontBBox is empty (pdf.js sizes its text by the glyphs)', () => {
    const text = latin1(pdfFixture('pdf-q3_hulunbuir_lead_end.pdf'));
    const box = /\/FontBBox \[[^\]]*\]/u.exec(text)!;
    const emptyBox = '/FontBBox [0 0 0 0]'.padEnd(box[0].length, ' ');
    const bytes = new Uint8Array(Buffer.from(text.slice(0, box.index) + emptyBox + text.slice(box.index + box[0].length), 'latin1'));
    const unlisted = latin1(withoutType3GlyphPrograms(bytes));
    const fontEnd = unlisted.indexOf('endobj', box.index);
    expect(unlisted.slice(box.index, fontEnd)).toMatch(/\/CharProcs\s*<<\s*\/g/u);
    expect(count(unlisted, '/CharProcs <<>>')).toBe(count(text, '/Subtype /Type3') - 1);
  });

  it('hands back the very bytes of a PDF without Type 3 fonts', () => {
    const bytes = new Uint8Array(readFileSync(numberedPagesPdf(2)));
    expect(withoutType3GlyphPrograms(bytes)).toBe(bytes);
  });
});
