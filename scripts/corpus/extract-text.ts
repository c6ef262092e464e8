// Page text as real extractors give it: poppler's pdftotext (reading order, or -layout) and
// MuPDF's `mutool draw -F txt`. Outputs are kept byte for byte: Kangxi radicals, blank lines,
// form feeds and merged columns are what the corpus is for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function pdftotext(pdfPath: string, layout = false): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

export function mutoolText(pdfPath: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qinggao-mutool-'));
  try {
    const out = path.join(dir, 'out.txt');
    // mutool prints warnings on stderr for some fonts; the text is in the file.
    execFileSync('mutool', ['draw', '-F', 'txt', '-o', out, pdfPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Number of pages of a PDF, from poppler's pdfinfo. */
export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const match = info.match(/^Pages:\s+(\d+)/mu);
  return match ? Number(match[1]) : 0;
}
