import iconv from 'iconv-lite';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

const TRADITIONAL_PAGE = [
  '呼和浩特市中級人民法院開展普法宣傳進社區活動',
  '',
  '本報訊（通訊員　王曉明）為進一步增強群眾法治意識，呼和浩特市中級人民法院組織幹警走進社區，',
  '圍繞婚姻家庭、民間借貸等群眾關心的問題開展普法宣傳，發放宣傳資料三百餘份，現場解答法律諮詢四十餘人次。',
].join('\n');

/** UTF-8 with one byte (0xFF) that is no UTF-8 at all, on line 3. */
function damagedUtf8(): Buffer {
  return Buffer.concat([
    Buffer.from('包头市中级人民法院审结一起民间借贷纠纷案\n\n本报讯（通讯员　李娜）近日，包头市中级人民法院'),
    Buffer.from([0xff]),
    Buffer.from('审结一起民间借贷纠纷案件，依法判决被告偿还借款本金及利息。\n'),
  ]);
}

/** Three pages one after another, as pdftotext writes them: a form feed after each. */
const FORM_FED = ['第一版稿件标题', '第二版稿件标题', '第三版稿件标题']
  .map((title, index) => `${title}\n\n本报讯\u3000这是第${index + 1}个版面上的稿件正文，法院依法审理了这起案件。\n\f`)
  .join('');

test('the import report names the encoding, the replaced bytes and the split, and re-imports with another encoding', async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);
  const importDialog = new ImportDialogPage(page);
  await expect(library.pageItems).toHaveCount(5);

  await shell.openImport();
  await importDialog.importFiles([
    { name: 'big5-page.txt', buffer: iconv.encode(TRADITIONAL_PAGE, 'big5') },
    { name: 'damaged.txt', buffer: damagedUtf8() },
    { name: 'issue.txt', buffer: Buffer.from(FORM_FED) },
  ]);
  await expect(importDialog.summary).toContainText('导入 3 个，跳过 0 个，失败 0 个');
  await expect(importDialog.item('big5-page.txt')).toContainText('编码 big5');
  await expect(importDialog.note('damaged.txt', 'replaced')).toHaveText('第 3 行有 1 处无法识别的字节，已替换为 �');
  await expect(importDialog.note('issue.txt', 'split')).toHaveText('已按换页符拆为 3 个版面');
  await saveScreenshot('import-notes');

  // The wrong encoding on purpose, then back: each re-import takes the place of the page before.
  await importDialog.reimport('big5-page.txt', 'gb18030');
  await expect(importDialog.item('big5-page.txt')).toHaveAttribute('data-status', 'replaced');
  await expect(importDialog.item('big5-page.txt')).toContainText('编码 gb18030');
  await importDialog.reimport('big5-page.txt', 'big5');
  await expect(importDialog.item('big5-page.txt')).toContainText('编码 big5');
  await saveScreenshot('import-reimported');
  await importDialog.close();

  // The same report in English.
  await shell.switchLanguage('en');
  await shell.openImport();
  await expect(importDialog.note('damaged.txt', 'replaced')).toHaveText('1 unreadable byte(s) on line 3, replaced by �');
  await expect(importDialog.note('issue.txt', 'split')).toHaveText('Split into 3 pages at form feeds');
  await expect(importDialog.item('big5-page.txt').getByTestId('import-reimport')).toContainText('Re-import with another encoding');
  await saveScreenshot('import-notes-en');
  await importDialog.close();
  await shell.switchLanguage('zh');

  // 5 seeds + the Big5 page once + the damaged page + three pages from issue.txt.
  await expect(library.pageItems).toHaveCount(10);
  await expect(library.pageItems.filter({ hasText: 'issue (2/3)' })).toHaveCount(1);
  await library.openPage('big5-page');
  await expect(new ArticleListPage(page).rows.first()).toContainText('呼和浩特市中級人民法院');

  // The replaced byte is a flag in the editor, and a click selects it.
  await library.openPage('damaged');
  await new ArticleListPage(page).open(0);
  const workspace = new WorkspacePage(page);
  const flag = workspace.root.getByTestId('flag-list').locator('.flag-item').filter({ hasText: '无法识别的字节' });
  await expect(flag).toHaveCount(1);
  await flag.click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('\ufffd');
  await saveScreenshot('import-replaced-flag');
});
