import { describe, expect, it } from 'vitest';
import { pdfFixture } from './make-test-pdf.fixture';

describe('openPdf', () => {
  it('leaves the process a native JSON.stringify even where pdf.js was loaded first (as in the web harness bundle)', async () => {
    await import('pdfjs-dist/legacy/build/pdf.mjs');
    const polyfilled = JSON.stringify;
    const { openPdf } = await import('./open-pdf');
    const [page] = await openPdf(pdfFixture('import-page.pdf'));
    // Kangxi radicals read from the fonts (⽉ for 月) are ideographs again.
    expect(page.items.map((item) => item.text).join('')).toContain('2026年11月20日');
    expect(JSON.stringify).not.toBe(polyfilled);
    expect(JSON.stringify({ date: new Date(0), list: [1, undefined], text: '引号"' })).toBe('{"date":"1970-01-01T00:00:00.000Z","list":[1,null],"text":"引号\\""}');
  });
});
