import iconv from 'iconv-lite';
import { existsSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ExportDialogPage } from './pages/ExportDialogPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';

const GBK_PAGE = [
  '乌兰察布市中级人民法院开展普法宣传进社区活动',
  '',
  '本报讯（通讯员　王晓明）为进一步增强群众法治意识，',
  '乌兰察布市中级人民法院组织干警走进社区，围绕婚姻家庭、',
  '民间借贷等群众关心的问题开展普法宣传，发放宣传资料三百余份，',
  '现场解答法律咨询四十余人次。',
].join('\n');

/** Bytes no text decoder should accept: a PNG header, NULs and noise. */
function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  for (let index = 8; index < bytes.length; index++) bytes[index] = (index * 131 + 17) % 256;
  return bytes;
}

test('imports a GBK file and reports a binary one while the batch goes on', async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);

  await expect(library.pageItems).toHaveCount(5);
  await shell.openImport();
  await importDialog.importFiles([
    { name: 'scan.png', buffer: binaryBytes(), mimeType: 'image/png' },
    { name: 'gbk-page.txt', buffer: iconv.encode(GBK_PAGE, 'gbk') },
  ]);

  await expect(importDialog.item('scan.png')).toHaveAttribute('data-status', 'failed');
  await expect(importDialog.item('gbk-page.txt')).toHaveAttribute('data-status', 'imported');
  await expect(importDialog.item('gbk-page.txt')).toContainText(/GB/i);
  await expect(importDialog.summary).toContainText('导入 1 个');
  await expect(importDialog.summary).toContainText('失败 1 个');
  await expect(importDialog.progress).toHaveAttribute('value', '2');
  await saveScreenshot('import-results');
  await importDialog.close();

  await expect(library.pageItems).toHaveCount(6);
  await library.openPage('gbk-page');
  await expect(new ArticleListPage(page).rows.first()).toContainText('乌兰察布市中级人民法院');
});

test('imports a folder-sized batch in chunks and honours the duplicate policy', async ({ page }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  const files = Array.from({ length: 25 }, (_, index) => ({
    name: `batch-${String(index + 1).padStart(2, '0')}.txt`,
    buffer: Buffer.from(`第${index + 1}号测试稿件标题\n\n本报讯\u3000这是第${index + 1}篇用于分批导入测试的稿件正文，内容各不相同。\n`, 'utf8'),
  }));
  await new ShellPage(page).openImport();
  await importDialog.importFiles(files);
  await expect(importDialog.summary).toContainText('导入 25 个，跳过 0 个，失败 0 个');
  await expect(importDialog.progress).toHaveAttribute('max', '25');
  await expect(importDialog.progress).toHaveAttribute('value', '25');
  await expect(library.pageItems).toHaveCount(30);

  // The same file again: skipped by default, a second copy with 保留两份.
  await importDialog.importFiles(files.slice(0, 1));
  await expect(importDialog.item('batch-01.txt')).toHaveAttribute('data-status', 'skipped-duplicate');
  await importDialog.choosePolicy('保留两份');
  await importDialog.importFiles(files.slice(0, 1));
  await expect(importDialog.item('batch-01.txt')).toHaveAttribute('data-status', 'imported');
  await importDialog.close();
  await expect(library.pageItems).toHaveCount(31);
});

test('imports pasted text', async ({ page }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  await new ShellPage(page).openImport();
  await importDialog.dialog.getByRole('button', { name: '粘贴文本…' }).click();
  const form = importDialog.dialog.getByTestId('paste-form');
  await form.getByLabel('名称').fill('粘贴的版面');
  await form.getByLabel('版面文本').fill(GBK_PAGE);
  await form.getByRole('button', { name: '导入这段文本' }).click();
  await expect(importDialog.item('粘贴的版面')).toHaveAttribute('data-status', 'imported');
  await importDialog.close();
  await expect(library.pageItems).toHaveCount(6);
});

test('finds a two-character word with highlighted snippets', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);

  await library.search('党建');
  await expect(articles.total).toContainText('党建');
  await expect(articles.rows.first()).toBeVisible();
  await expect(articles.marks.first()).toBeVisible();
  for (const mark of await articles.marks.allInnerTexts()) expect(mark).toContain('党建');
  // The snippet is text, never parsed HTML.
  await expect(articles.pane.locator('[data-testid="snippet"] *:not(mark):not(span)')).toHaveCount(0);
  await saveScreenshot('search-dangjian');
});

test('exports selected articles to docx and the files exist on disk', async ({ page, saveScreenshot }) => {
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);

  await expect(articles.rows.nth(2)).toBeVisible();
  await articles.check(0);
  await articles.check(2, { shift: true });
  await expect(page.getByTestId('check-all').locator('..')).toContainText('已选 3 篇');
  await page.getByTestId('export-selected').click();
  await expect(exportDialog.dialog).toContainText('选中的 3 篇稿件');
  await exportDialog.exportAs('docx');
  await expect(exportDialog.result).toContainText('已导出 3 篇稿件');

  const { directory, files } = await exportDialog.writtenFiles();
  expect(files).toHaveLength(3);
  for (const file of files) {
    const path = isAbsolute(file) ? file : join(directory, file);
    expect(path).toMatch(/\.docx$/);
    expect(existsSync(path), path).toBe(true);
    // A .docx is a zip: PK header, and not empty.
    expect(statSync(path).size).toBeGreaterThan(1000);
  }
  await saveScreenshot('export-result');
});

test('exports into a folder the editor types, and offers that folder next time', async ({ page, app }) => {
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);
  // Over the web harness an export may go only under exports/, Documents or Desktop (export-folder-policy).
  const folder = join(app.dataDir, 'exports', `qinggao-e2e-export-${Date.now()}`, '第一批');
  try {
    await articles.check(0);
    await page.getByTestId('export-selected').click();
    await expect(exportDialog.target).toHaveValue('');
    await exportDialog.target.fill(folder);
    await exportDialog.exportAs('md');
    const { directory, files } = await exportDialog.writtenFiles();
    expect(directory).toBe(folder);
    expect(files).toHaveLength(1);
    expect(existsSync(join(folder, files[0]))).toBe(true);

    // Kept in the library's settings: after a reload the dialog offers it again.
    await page.reload();
    await articles.check(0);
    await page.getByTestId('export-selected').click();
    await expect(exportDialog.target).toHaveValue(folder);
  } finally {
    rmSync(join(folder, '..'), { recursive: true, force: true });
  }
});
