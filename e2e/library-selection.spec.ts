import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ExportDialogPage } from './pages/ExportDialogPage';
import { LibraryPage } from './pages/LibraryPage';

test('articles ticked on two pages stay selected, the count shows both, and the export takes both', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);

  await library.openPage('000_a039');
  await articles.check(0);
  await expect(articles.selectionCount).toHaveText('已选 1 篇');
  await library.openPage('001_1c72');
  // The article ticked on the other page is still in the selection, and the count says so.
  await expect(articles.selectionCount).toHaveText('已选 1 篇');
  await expect(articles.selectionElsewhere).toContainText('1 篇不在此列表');
  await articles.check(0);
  await expect(articles.selectionCount).toHaveText('已选 2 篇');
  // A search does not drop it either.
  await library.search('党建');
  await expect(articles.selectionCount).toHaveText('已选 2 篇');
  await saveScreenshot('selection-two-pages');

  await page.getByTestId('export-selected').click();
  await expect(exportDialog.dialog).toContainText('选中的 2 篇稿件');
  await exportDialog.exportAs('txt');
  await expect(exportDialog.result).toContainText('已导出 2 篇稿件');
  await page.keyboard.press('Escape');

  await articles.clearSelection();
  await expect(articles.selectionCount).toHaveText('全选本页');
  await library.openPage('000_a039');
  await expect(articles.rows.first().getByTestId('article-check')).not.toBeChecked();
});
