import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from '../library/temporary-library';
import { pdfFixture, PDF_FIXTURES_DIR } from '../pdf/make-test-pdf.fixture';
import { captureCliOutput } from './captured-output.fixture';
import { runCli } from './index';

describe('qinggao import with PDFs', () => {
  const cli = captureCliOutput();

  it('imports a PDF named on the command line and the PDFs in a folder, naming every page left out and every file refused on stderr', async () => {
    const data = temporaryDir();
    expect(await runCli(['import', '--data', data, join(PDF_FIXTURES_DIR, 'import-page.pdf')])).toBe(0);
    expect(cli.output).toContain('imported 1, skipped 0 duplicates, failed 0');

    const folder = temporaryDir();
    copyFileSync(join(PDF_FIXTURES_DIR, 'import-issue.pdf'), join(folder, '第48期.pdf'));
    copyFileSync(join(PDF_FIXTURES_DIR, 'import-encrypted.pdf'), join(folder, 'locked.pdf'));
    const whole = pdfFixture('import-page.pdf');
    writeFileSync(join(folder, 'cut.pdf'), whole.subarray(0, whole.length / 3));
    expect(await runCli(['import', '--data', data, folder])).toBe(1);
    expect(cli.output).toContain('第48期.pdf: PDF 共 3 页，每页一个版面 / a PDF of 3 pages, one library page each');
    expect(cli.output).toContain('imported 1, skipped 0 duplicates, failed 2');
    expect(cli.errors).toContain('not imported: 第48期.pdf 第 3 页 / page 3: 此页没有文字层，需要先进行 OCR / This page has no text layer: it needs OCR first');
    expect(cli.errors).toMatch(/failed: locked\.pdf: PDF 已加密.* \/ The PDF is encrypted/u);
    expect(cli.errors).toMatch(/failed: cut\.pdf: PDF 文件已损坏或不完整.* \/ The PDF is damaged or incomplete/u);
    // Progress names each page as it goes.
    expect(cli.errors).toContain('第48期 (2/3).pdf');

    cli.output = '';
    expect(await runCli(['check', '--data', data])).toBe(0);
    expect(cli.output).toMatch(/ok: 3 pages/);
  });
});
