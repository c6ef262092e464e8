// Page text as real extractors give it: poppler's pdftotext (reading order, or -layout) and
// MuPDF's `mutool draw -F txt`. Outputs are kept byte for byte: Kangxi radicals, blank lines,
// form feeds and merged columns are what the corpus is for. Asynchronous, so that extraction
// runs while Chromium prints the next page.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function pdftotext(pdfPath: string, layout = false): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return stdout;
}

export async function mutoolText(pdfPath: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qinggao-mutool-'));
  try {
    const out = path.join(dir, 'out.txt');
    // mutool warns on stderr ("ICC support is not available"); the text is in the file.
    await run('mutool', ['draw', '-F', 'txt', '-o', out, pdfPath], { maxBuffer: 64 << 20 });
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Number of pages of a PDF, from poppler's pdfinfo. */
export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const match = info.match(/^Pages:\s+(\d+)/mu);
  return match ? Number(match[1]) : 0;
}
