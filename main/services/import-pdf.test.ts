import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_BYTE_LIMIT } from '../../core/import/import-byte-limit';
import type { ImportReport } from '../../core/model/library';
import type { LibraryServices } from '../library/library';
import { openTemporaryLibrary, temporaryDir } from '../library/temporary-library';
import { numberedPagesPdf, pdfFixture, PDF_FIXTURES_DIR } from '../pdf/make-test-pdf.fixture';
import { firstProblem } from '../store/open-database';

// pdf.js's polyfills replace these for the whole process; openPdf puts the natives back (see open-pdf.ts).
const natives = [JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString];

describe('PDF import', () => {
  const disposers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const dispose of disposers.splice(0)) await dispose();
  });
  /** A fresh library's services, and its SQLite connection for the integrity checks. */
  async function library(seeded = false) {
    const opened = await openTemporaryLibrary({ seeded });
    disposers.push(opened.dispose);
    // The SQLite connection for SQLite's own checks; null on PostgreSQL, whose constraints are checked as they are written.
    return { services: opened.library.services!, database: opened.library.database };
  }
  const pdfCount = (services: LibraryServices) => services.store.read.pdfFiles.count();

  it('makes one library page per PDF page, grouped under the issue its masthead names, keeping the geometry and the PDF', async () => {
    const { services } = await library();
    const progress: [number, number, string][] = [];
    const report = await services.imports.importFiles([{ name: 'import-issue.pdf', base64: pdfFixture('import-issue.pdf').toString('base64') }], {
      onProgress: (done, total, name) => progress.push([done, total, name]),
    });
    expect(report).toMatchObject({ imported: 1, failed: 0, skipped: 0 });
    expect([JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString]).toEqual(natives);
    const [item] = report.items;
    // Page 3 is a scanned picture: left out, said why, the others imported.
    expect(item.pdf).toEqual({ pages: 3, skipped: [{ page: 3, message: '此页没有文字层，需要先进行 OCR / This page has no text layer: it needs OCR first' }] });
    expect(item.pageIds).toHaveLength(2);
    // Each page as pdf.js has read it (the slow part), then as it is stored.
    expect(progress).toEqual([
      [0, 1, 'import-issue (1/3).pdf'],
      [0, 1, 'import-issue (2/3).pdf'],
      [0, 1, 'import-issue (3/3).pdf'],
      [0, 1, 'import-issue (1/3).pdf'],
      [0, 1, 'import-issue (2/3).pdf'],
      [0, 1, 'import-issue (3/3).pdf'],
      [1, 1, 'import-issue.pdf'],
    ]);

    const [first, second] = await Promise.all(item.pageIds!.map((pageId) => services.pages.get(pageId)));
    expect(first.page).toMatchObject({ source: 'import-issue (1/3).pdf', issueDate: '2026-11-27', pageLabel: '01版' });
    // Printed without a masthead: the issue of the page before.
    expect(second.page).toMatchObject({ source: 'import-issue (2/3).pdf', issueDate: '2026-11-27' });
    expect((await services.pages.tree()).map((group) => [group.issueDate, group.pages.map((page) => page.source).sort()])).toEqual([
      ['2026-11-27', ['import-issue (1/3).pdf', 'import-issue (2/3).pdf']],
    ]);
    const raw = (await services.store.read.pages.get(second.page.id))!.raw;
    expect(raw).toContain('诉前调解让企业纠纷快速化解');
    expect(raw).toBe(second.analysis.lines.map((line) => line.text).join('\n'));
    expect(second.analysis.geometry).toMatchObject({ pdfPage: 2 });
    expect(second.analysis.geometry!.lines.length).toBeGreaterThan(5);
    const titled = second.analysis.geometry!.lines.find((box) => second.analysis.lines[box.line].text.includes('诉前调解'))!;
    expect(titled.y).toBeLessThan(second.analysis.geometry!.height / 2);
    expect(second.articleIds.length).toBeGreaterThan(0);

    // The whole file is kept, once, and handed back with each page's place in it.
    expect(await pdfCount(services)).toBe(1);
    const pdf = (await services.pages.pdf(second.page.id))!;
    expect(pdf.pdfPage).toBe(2);
    expect(Buffer.from(pdf.data, 'base64').equals(pdfFixture('import-issue.pdf'))).toBe(true);
  });

  it('recognises a PDF by its signature whatever its name, finds the same pages again as duplicates, and keeps text pages without a PDF', async () => {
    const { services } = await library(true);
    const textPage = (await services.pages.tree())[0].pages[0].id;
    expect(await services.pages.pdf(textPage)).toBeNull();
    const bytes = pdfFixture('import-page.pdf');
    const first = await services.imports.importFiles([{ name: '第5版', bytes }]);
    expect(first.items[0]).toMatchObject({ status: 'imported', pdf: { pages: 1, skipped: [] } });
    const page = (await services.pages.get(first.items[0].pageId!)).page;
    expect(page).toMatchObject({ source: '第5版', issueDate: '2026-11-20', pageLabel: '05版' });

    const again = await services.imports.importFiles([{ name: 'import-page.pdf', bytes }]);
    expect(again.items[0]).toMatchObject({ status: 'skipped-duplicate', pageId: page.id });
    expect(await services.store.read.pages.count()).toBe(6);
    expect(await pdfCount(services)).toBe(1);
  });

  it('drops a stored PDF only with its last page: replaced pages keep it, removing every page releases it', async () => {
    const { services, database } = await library();
    const path = join(temporaryDir(), 'issue.pdf');
    copyFileSync(join(PDF_FIXTURES_DIR, 'import-issue.pdf'), path);
    const first = (await services.imports.importPaths([path])).items[0];
    const replaced = (await services.imports.importPaths([path], { onDuplicate: 'replace' })).items[0];
    expect(replaced.status).toBe('replaced');
    expect(replaced.pageIds).not.toEqual(first.pageIds);
    expect(await pdfCount(services)).toBe(1);
    expect((await services.pages.pdf(replaced.pageIds![1]))?.pdfPage).toBe(2);

    await services.store.transaction(() => services.store.write.pages.remove(replaced.pageIds![0]));
    expect(await pdfCount(services)).toBe(1);
    await services.store.transaction(() => services.store.write.pages.remove(replaced.pageIds![1]));
    expect(await pdfCount(services)).toBe(0);
    if (database) expect(database.pragma('foreign_key_check')).toEqual([]);
  });

  it('imports a 300-page PDF page by page, with progress, each page its own library page', async () => {
    const { services } = await library();
    const path = numberedPagesPdf(300);
    const names: string[] = [];
    const report = await services.imports.importPaths([path], { onProgress: (_done, _total, name) => names.push(name) });
    expect(report.items[0]).toMatchObject({ status: 'imported', pdf: { pages: 300, skipped: [] } });
    expect(report.items[0].pageIds).toHaveLength(300);
    expect(names.slice(0, 2)).toEqual(['numbered-300 (1/300).pdf', 'numbered-300 (2/300).pdf']);
    expect(names).toHaveLength(2 * 300 + 1);
    const last = await services.pages.get(report.items[0].pageIds![299]);
    expect(last.page.source).toBe('numbered-300 (300/300).pdf');
    expect((await services.store.read.pages.get(last.page.id))!.raw).toBe('Court news page 300');
    expect((await services.pages.pdf(last.page.id))?.pdfPage).toBe(300);
    expect(await pdfCount(services)).toBe(1);
  }, 120_000);

  describe('bad PDFs: a clear message each, and nothing in the library lost', () => {
    async function importBad(name: string, bytes: Uint8Array): Promise<{ report: ImportReport; services: LibraryServices }> {
      const { services, database } = await library(true);
      const before = await services.store.read.pages.count();
      const report = await services.imports.importFiles([{ name, bytes }]);
      expect(report).toMatchObject({ imported: 0, failed: 1 });
      expect(await services.store.read.pages.count()).toBe(before);
      expect(await pdfCount(services)).toBe(0);
      if (database) expect(firstProblem(database, 'integrity_check')).toBeNull();
      return { report, services };
    }

    it('an encrypted PDF', async () => {
      const { report } = await importBad('locked.pdf', pdfFixture('import-encrypted.pdf'));
      expect(report.items[0].error).toMatch(/^PDF 已加密（需要密码才能打开），未导入.* \/ The PDF is encrypted \(it needs a password to open\); nothing was imported/u);
    });

    it('a truncated PDF and a file that only claims to be one', async () => {
      const whole = pdfFixture('import-page.pdf');
      const { report } = await importBad('cut.pdf', whole.subarray(0, whole.length / 2));
      expect(report.items[0].error).toMatch(/^PDF 文件已损坏或不完整.*未导入.* \/ The PDF is damaged or incomplete .*nothing was imported/u);
      const { report: fake } = await importBad('notes.pdf', Buffer.from('这不是 PDF，只是名字叫 PDF。'));
      expect(fake.items[0].error).toMatch(/PDF 文件已损坏或不完整/u);
    });

    it('a PDF of scanned pages only', async () => {
      const scanned = join(temporaryDir(), 'scanned.pdf');
      execFileSync('mutool', ['merge', '-o', scanned, join(PDF_FIXTURES_DIR, 'import-issue.pdf'), '3']);
      const { report } = await importBad('scanned.pdf', readFileSync(scanned));
      expect(report.items[0].error).toBe(
        'PDF 的 1 页都没有文字层（是扫描的图片），需要先进行 OCR，未导入。 / None of the PDF’s 1 page(s) has a text layer (they are scanned images): it needs OCR first; nothing was imported.',
      );
    });

    it('a PDF over the 100 MB limit is refused before it is read', async () => {
      const { services } = await library(true);
      const file = join(temporaryDir(), 'huge.pdf');
      writeFileSync(file, pdfFixture('import-page.pdf'));
      // Sparse: the size is on record, the disk holds nothing past the real PDF.
      const descriptor = openSync(file, 'r+');
      ftruncateSync(descriptor, IMPORT_BYTE_LIMIT + 1);
      closeSync(descriptor);
      const report = await services.imports.importPaths([file]);
      expect(report.items[0].status).toBe('failed');
      expect(report.items[0].error).toMatch(/文件有 100\.0 MB，超过单个文件 100 MB 的导入上限.* \/ The file is 100\.0 MB, over the 100 MB limit/u);
      expect(await services.store.read.pages.count()).toBe(5);
    });
  });
});
