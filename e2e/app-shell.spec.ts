import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';

test('opens on the seed library in Chinese and lists the five seed pages', async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);

  expect(await shell.locale()).toBe('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(shell.topBar).toContainText('清稿');
  await expect(shell.topBar.getByRole('button', { name: '导入' })).toBeVisible();
  await expect(library.pane.getByRole('heading', { name: '文库' })).toBeVisible();
  await expect(library.pageItems).toHaveCount(5);
  await expect(library.issueItems).toHaveText([/^2026年1月16日/, /^2025年6月27日/, /^2023年3月10日/]);
  await expect(articles.rows.first()).toBeVisible();
  await expect(articles.total).toContainText('共');
  await expect(shell.healthBanner).toHaveCount(0);
  await saveScreenshot('shell-zh');

  // A page narrows the list to its articles.
  await library.openPage('002_b066');
  await expect(articles.rows).toHaveCount(5);
  await articles.open(1);
  await expect(articles.rows.nth(1)).toHaveClass(/active/);

  // From the keyboard: ↓ moves along the titles, Enter opens.
  await articles.rows.nth(1).locator('.article-title').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(articles.rows.nth(2)).toHaveClass(/active/);
  await saveScreenshot('shell-zh-page');
});

test('switches to English and back, and remembers the choice', async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);

  await shell.switchLanguage('en');
  await expect(library.pane.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(shell.topBar.getByRole('button', { name: 'Import' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await saveScreenshot('shell-en');
  await shell.openExport();
  await expect(page.getByTestId('export-dialog')).toContainText('Everything matching the current filter (13 articles)');
  await saveScreenshot('export-en');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);

  // Persisted through settings:set: a reload comes back in English.
  await page.reload();
  await expect(library.pane.getByRole('heading', { name: 'Library' })).toBeVisible();

  await shell.switchLanguage('zh');
  await expect(library.pane.getByRole('heading', { name: '文库' })).toBeVisible();
  await expect(library.pageItems).toHaveCount(5);
});
