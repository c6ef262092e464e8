import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

test('the uncertain-break review goes on into the next article of the page, and back', async ({ page, saveScreenshot }) => {
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await new LibraryPage(page).openPage('000_a039');
  await expect(articles.rows).toHaveCount(2);
  await articles.open(0);
  await workspace.waitEditable();
  const first = Number(await workspace.uncertainCount.getAttribute('data-count'));
  expect(first).toBeGreaterThan(0);

  // Every uncertain break of the first article, then one more step.
  await workspace.focusRawPane();
  const seen = new Set<string>();
  for (let step = 0; step < first; step++) {
    await page.keyboard.press('j');
    await expect(workspace.currentBreak).toHaveCount(1);
    seen.add((await workspace.currentBreak.getAttribute('data-break-id'))!);
  }
  expect(seen.size).toBe(first);
  const lastOfFirst = (await workspace.currentBreak.getAttribute('data-break-id'))!;
  await page.keyboard.press('j');

  // The second article opens on its first uncertain break (the first article's mark stays until it has loaded).
  const secondTitle = (await articles.rows.nth(1).locator('.article-title').innerText()).trim();
  await expect(articles.rows.nth(1).locator('.article-title')).toHaveAttribute('aria-current', 'true');
  await expect(workspace.field('title')).toHaveValue(secondTitle);
  await expect.poll(async () => {
    const ids = await workspace.currentBreak.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-break-id')));
    return ids.length === 1 && !seen.has(ids[0]!);
  }).toBe(true);
  await expect(workspace.editor.locator('.current-break')).toHaveCount(1);
  await saveScreenshot('review-1-next-article');

  // Going back from there returns to the first article's last one.
  await workspace.focusRawPane();
  await page.keyboard.press('k');
  await expect(articles.rows.nth(0).locator('.article-title')).toHaveAttribute('aria-current', 'true');
  await expect(workspace.currentBreak).toHaveAttribute('data-break-id', lastOfFirst);
});
