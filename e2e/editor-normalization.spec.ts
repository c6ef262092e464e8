import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

// A pull quote set letter-spaced, as PDF extraction gives it: ⾥ is the Kangxi radical U+2FA5, not 里
// (folded to 里 by its own rule on import).
const SPACED_QUOTE = '“ 这 ⾥ 是 我 们 的 家 ”';
const SPACED_FOLDED = '“ 这 里 是 我 们 的 家 ”';
const PAGE = [
  '包头市昆都仑区人民法院巡回审判进牧区',
  '',
  '本报讯（通讯员　王晓明）近日，昆都仑区人民法院把法庭搬到了牧民家门口。',
  `${SPACED_QUOTE}，牧民巴特尔说，法官上门调解，让他少跑了二百多公里路。`,
].join('\n');

test('合拢字距拉开的文字: the count is what 应用 changes, and it drops to 0 once applied', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  const importDialog = new ImportDialogPage(page);
  await new ShellPage(page).openImport();
  await importDialog.importFiles([{ name: 'spaced-quote.txt', buffer: Buffer.from(PAGE, 'utf8') }]);
  await expect(importDialog.item('spaced-quote.txt')).toHaveAttribute('data-status', 'imported');
  await importDialog.close();
  await library.openPage('spaced-quote');
  await articles.open(0);
  await workspace.waitEditable();
  // The engine closes the letter-spacing on import.
  await expect(workspace.editor).toContainText('“这里是我们的家”');

  await workspace.panelTab('规范化').click();
  const rule = workspace.root.locator('[data-rule="letter-spacing"]');
  const count = rule.getByTestId('rule-count');
  await expect(count).toHaveText('0 处');
  // Taken back, the spaces return and the count says how many 应用 would take out.
  await rule.getByRole('button', { name: '撤销' }).click();
  await expect(workspace.editor).toContainText(SPACED_FOLDED);
  await expect(count).not.toHaveText('0 处');
  await saveScreenshot('normalization-1-spaced');
  await rule.getByRole('button', { name: '应用' }).click();
  await expect(workspace.editor).toContainText('“这里是我们的家”');
  await expect(count).toHaveText('0 处');

  // Text typed by the editor is counted and cleaned the same way.
  await workspace.typeAtEnd('他说 “ 这 ⾥ 是 我 们 ”');
  await expect(count).toHaveText('6 处');
  await rule.getByRole('button', { name: '应用' }).click();
  await expect(workspace.editor).toContainText('他说 “这⾥是我们”');
  await expect(count).toHaveText('0 处');
  await saveScreenshot('normalization-2-applied');
});
