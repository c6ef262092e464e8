// Test support: PDFs made on the spot by MuPDF (`mutool create`), for what the
// committed fixtures (scripts/make-pdf-fixtures.ts) are too few or too costly
// to be: hundreds of pages, each with its own text so none is a duplicate.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { temporaryDir } from '../library/temporary-library';

export const PDF_FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

export const pdfFixture = (name: string): Buffer => readFileSync(join(PDF_FIXTURES_DIR, name));

/** A PDF of `pages` pages, page N saying `Court news page N` in Helvetica; returns its path. */
export function numberedPagesPdf(pages: number): string {
  const dir = temporaryDir('qinggao-pdf-');
  const contents: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const file = join(dir, `page-${page}.txt`);
    writeFileSync(file, `%%MediaBox 0 0 300 400\n%%Font F1 Helvetica\nBT /F1 12 Tf 40 350 Td (Court news page ${page}) Tj ET\n`);
    contents.push(file);
  }
  const pdf = join(dir, `numbered-${pages}.pdf`);
  execFileSync('mutool', ['create', '-o', pdf, ...contents]);
  return pdf;
}
