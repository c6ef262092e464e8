import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { TagPanelPage } from './pages/TagPanelPage';

test('tags an article from the keyboard in the TagPanel', async ({ page, saveScreenshot }) => {
  const articles = new ArticleListPage(page);
  const tags = new TagPanelPage(page);

  await articles.row('仲夏时节话法治').locator('.article-title').click();
  await tags.open();

  // Pinyin initials: pfxc → 普法宣传.
  await tags.addByKeyboard('pfxc');
  await expect(tags.tag('普法宣传')).toBeVisible();
  await expect(tags.panel.getByRole('status')).toHaveText('已保存');

  // Accept a suggestion without the mouse: focus its button, press Enter.
  await expect(tags.suggestion('赤峰市中级人民法院')).toBeVisible();
  await tags.suggestion('赤峰市中级人民法院').getByRole('button', { name: '采纳建议：赤峰市中级人民法院', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(tags.tag('赤峰市中级人民法院')).toBeVisible();
  await expect(tags.suggestion('赤峰市中级人民法院')).toHaveCount(0);

  // Remove it from the keyboard, then add it back by typing Chinese.
  await tags.tag('普法宣传').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(tags.tag('普法宣传')).toHaveCount(0);
  await tags.addByKeyboard('普法');
  await expect(tags.tag('普法宣传')).toBeVisible();
  await saveScreenshot('tag-panel');

  // Saved: the article list shows the new theme chip.
  await expect(articles.row('仲夏时节话法治').locator('.chip-theme', { hasText: '普法宣传' })).toBeVisible();
});

test('filters the library by a court and a theme, combinable with search', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);

  await expect(articles.total).toContainText('共 13 篇');
  await library.showTab('courts');
  await expect(library.court('内蒙古自治区高级人民法院')).toBeVisible();
  await library.court('鄂尔多斯市中级人民法院').click();
  await expect(articles.total).toContainText('共 2 篇');
  await expect(library.courtFilter).toHaveValue('鄂尔多斯市中级人民法院');
  for (const row of await articles.rows.all()) await expect(row.locator('.chip-court', { hasText: '鄂尔多斯市中级人民法院' })).toBeVisible();
  await saveScreenshot('court-browser');

  await library.showTab('themes');
  await library.theme('党建').click();
  await expect(articles.total).toContainText('共 1 篇');
  await expect(articles.rows).toHaveCount(1);
  await expect(articles.rows.first()).toContainText('用“党建红”点亮“司法蓝”');

  // The filters narrow search results too.
  await library.search('司法');
  await expect(articles.total).toContainText('“司法” 共 1 条结果');
  await library.courtFilter.selectOption('');
  await library.themeFilter.selectOption('');
  await expect(articles.total).not.toContainText('共 1 条结果');
});

test('bulk-tags the selected articles', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);

  await articles.check(0);
  await articles.check(1, { shift: true });
  await page.getByTestId('bulk-tag').click();
  const dialog = page.getByTestId('bulk-tag-dialog');
  await expect(dialog).toContainText('批量标注 2 篇稿件');
  await dialog.getByTestId('bulk-tag-choice').selectOption('theme:智慧法院');
  await dialog.getByTestId('bulk-add').click();
  await expect(dialog.getByRole('status')).toHaveText('已更新 2 篇稿件');
  await saveScreenshot('bulk-tag');
  await page.keyboard.press('Escape');

  await library.showTab('themes');
  await expect(library.theme('智慧法院')).toContainText('2');
  await library.theme('智慧法院').click();
  await expect(articles.rows).toHaveCount(2);
});
