import { foldRadicals } from '../normalize/radical-ideographs';

/**
 * Characters as a PDF's fonts spell them → as a text file would: radicals to ideographs, and the
 * two- and three-em dashes (⸺ ⸻) that a font draws for ——/——— to the pair of em dashes that
 * Chinese text uses (GB/T 15834: 破折号 is two U+2014); and the horizontal bar ― (U+2015), which
 * is how Noto CJK's shared glyph for — and ― reads back from Chromium's PDFs, to the em dash.
 */
export function foldPdfText(text: string): { text: string; count: number } {
  const radicals = foldRadicals(text);
  let count = radicals.count;
  const folded = radicals.text.replace(/[\u2e3a\u2e3b\u2015]/gu, (dash) => {
    count++;
    return dash === '\u2e3a' ? '——' : dash === '\u2e3b' ? '———' : '—';
  });
  return { text: folded, count };
}
