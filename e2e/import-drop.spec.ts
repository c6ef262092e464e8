import type { JSHandle, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';

const pageText = (court: string, number: number) =>
  [`${court}开展第${number}次巡回审判`, '', `本报讯（通讯员\u3000李娜）近日，${court}把法庭搬到田间地头，就地审理了一起土地承包纠纷，${number}名村民旁听。`].join('\n');

/** A DataTransfer holding files made in the page, as the desktop hands them to a drop. */
function filesTransfer(page: Page, files: Array<{ name: string; text: string }>): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    return transfer;
  }, files);
}

/** Drags files in over `selector` and drops them there: dragenter, dragover, drop, as the browser sends them. */
async function dropFiles(page: Page, selector: string, dataTransfer: JSHandle<DataTransfer>, onOver?: () => Promise<void>): Promise<void> {
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await onOver?.();
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

test('files dropped anywhere on the window are imported, with the import dialog and its report', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  const overlay = page.getByTestId('drop-overlay');
  await expect(library.pageItems).toHaveCount(5);
  await expect(overlay).toBeHidden();

  const transfer = await filesTransfer(page, [
    { name: '拖入一.txt', text: pageText('扎兰屯市人民法院', 1) },
    { name: '拖入二.md', text: pageText('阿荣旗人民法院', 2) },
  ]);
  await dropFiles(page, '[data-testid="article-list"]', transfer, async () => {
    await expect(overlay).toBeVisible();
    await expect(overlay).toContainText('松开以导入');
    await saveScreenshot('drop-1-overlay');
  });
  await expect(overlay).toBeHidden();

  await expect(importDialog.dialog).toBeVisible();
  await expect(importDialog.summary).toContainText('导入 2 个，跳过 0 个，失败 0 个');
  await expect(importDialog.item('拖入一.txt')).toHaveAttribute('data-status', 'imported');
  await expect(importDialog.item('拖入二.md')).toHaveAttribute('data-status', 'imported');
  await saveScreenshot('drop-2-report');
  await importDialog.close();
  await expect(library.pageItems).toHaveCount(7);
  await library.openPage('拖入一');
  await expect(new ArticleListPage(page).rows.first()).toContainText('扎兰屯市人民法院开展第1次巡回审判');
});

test('a drop on the open import dialog imports too, and the same file again is reported as a duplicate', async ({ page }) => {
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  await new ShellPage(page).openImport();
  const transfer = await filesTransfer(page, [{ name: '对话框.txt', text: pageText('牙克石市人民法院', 3) }]);
  await dropFiles(page, '[data-testid="import-dialog"]', transfer, () => expect(page.getByTestId('drop-overlay')).toBeVisible());
  await expect(importDialog.item('对话框.txt')).toHaveAttribute('data-status', 'imported');
  await expect(library.pageItems).toHaveCount(6);

  await dropFiles(page, '[data-testid="import-dialog"]', await filesTransfer(page, [{ name: '对话框.txt', text: pageText('牙克石市人民法院', 3) }]));
  await expect(importDialog.item('对话框.txt')).toHaveAttribute('data-status', 'skipped-duplicate');
});

test('text dragged inside the page is no import', async ({ page }) => {
  const importDialog = new ImportDialogPage(page);
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '一段文字');
    return data;
  });
  await dropFiles(page, '[data-testid="article-list"]', transfer, () => expect(page.getByTestId('drop-overlay')).toBeHidden());
  await expect(importDialog.dialog).toHaveCount(0);
});
