// PDF import through the UI: the 导入 dialog's file chooser and a drop on the
// window. Each PDF page becomes a 版面 under the issue its masthead names (a
// page without one under the issue of the page before); a scanned page is named
// in the report and left out; an article of a PDF page opens in the workspace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

const fixture = (name: string) => readFileSync(join(ROOT, 'main', 'pdf', 'fixtures', name));

test('a whole-issue PDF chosen in the 导入 dialog becomes one 版面 per page under its issue, the scanned page named in the report', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  await expect(library.pageItems).toHaveCount(5);
  await new ShellPage(page).openImport();
  await importDialog.importFiles([{ name: '第48期.pdf', buffer: fixture('import-issue.pdf'), mimeType: 'application/pdf' }]);

  await expect(importDialog.summary).toContainText('导入 1 个，跳过 0 个，失败 0 个', { timeout: 60_000 });
  const item = importDialog.item('第48期.pdf');
  await expect(item).toHaveAttribute('data-status', 'imported');
  await expect(item.getByTestId('import-note-pdf-pages')).toHaveText('PDF 共 3 页，每页一个版面');
  await expect(item.getByTestId('import-note-pdf-skipped')).toHaveText('第 3 页未导入：此页没有文字层，需要先进行 OCR / This page has no text layer: it needs OCR first');
  // A PDF has no text encoding to read it in again.
  await expect(item.getByTestId('import-reimport')).toHaveCount(0);
  await saveScreenshot('pdf-import-1-report');
  await importDialog.close();

  await expect(library.pageItems).toHaveCount(7);
  const pageItem = (source: string) => page.locator(`[data-testid="page-item"][data-source="${source}"]`);
  // Both under one issue: the second page printed no masthead and takes the first's.
  const issue = library.pane.locator('.issue-group', { has: pageItem('第48期 (1/3).pdf') });
  await expect(issue.locator(pageItem('第48期 (2/3).pdf'))).toHaveCount(1);
  await expect(issue.getByTestId('issue-item')).toContainText('2026');
  await expect(issue.getByTestId('issue-item')).toContainText('11');
  await expect(issue.getByTestId('issue-item')).toContainText('27');

  await library.showPage(pageItem('第48期 (2/3).pdf'));
  const list = new ArticleListPage(page);
  await expect(list.rows.first()).toBeVisible();
  await list.open(0);
  const workspace = new WorkspacePage(page);
  await expect(workspace.rawLines).toContainText('诉前调解让企业纠纷快速化解');
  await expect(workspace.rawLines).toContainText('引入行业调解组织参与涉企纠纷化解');
  await saveScreenshot('pdf-import-2-article');
});

test('a PDF dropped on the window is imported with the dialog’s report, and the same PDF again is a duplicate', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  await expect(library.pageItems).toHaveCount(5);
  const base64 = fixture('import-page.pdf').toString('base64');
  const drop = async () => {
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
      transfer.items.add(new File([bytes], '第5版.pdf', { type: 'application/pdf' }));
      return transfer;
    }, base64);
    for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('[data-testid="article-list"]', type, { dataTransfer });
  };

  await drop();
  await expect(importDialog.dialog).toBeVisible();
  await expect(importDialog.summary).toContainText('导入 1 个，跳过 0 个，失败 0 个', { timeout: 60_000 });
  await saveScreenshot('pdf-import-3-drop-report');
  await importDialog.close();
  await expect(library.pageItems).toHaveCount(6);
  const pdfPage = page.locator('[data-testid="page-item"][data-source="第5版.pdf"]');
  await expect(library.pane.locator('.issue-group', { has: pdfPage }).getByTestId('issue-item')).toContainText('20');
  await library.showPage(pdfPage);
  await expect(new ArticleListPage(page).row(/巡回审判进牧区/)).toHaveCount(1);

  await drop();
  await expect(importDialog.summary).toContainText('导入 0 个，跳过 1 个，失败 0 个', { timeout: 60_000 });
  await importDialog.close();
  await expect(library.pageItems).toHaveCount(6);
});
