import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

const PAGE_SOURCE = '001_1c72';
/** The only article on that page. */
const ARTICLE_TITLE = '党旗飞扬激励奋进 勤政为民尽展光辉';


test('accept-all takes the breaks at or above the threshold the editor sets, and the threshold is kept', async ({ page, api, saveScreenshot }) => {
  // The engine's confidences for the page, from the API, to count what each threshold should take.
  const listed = await api<{ items: Array<{ pageId: number; title: string }> }>('articles:list', { filter: {} });
  const pageId = listed.items.find((item) => item.title === ARTICLE_TITLE)!.pageId;
  const detail = await api<{ analysis: { breaks: Array<{ confidence: number }> } }>('pages:get', { pageId });
  const confidences = detail.analysis.breaks.map((decision) => decision.confidence);
  const sure = confidences.filter((confidence) => confidence >= 0.85).length;
  const fairlySure = confidences.filter((confidence) => confidence >= 0.75 && confidence < 0.85).length;
  expect(sure).toBeGreaterThan(0);
  expect(fairlySure).toBeGreaterThan(0);

  const workspace = new WorkspacePage(page);
  await new LibraryPage(page).openPage(PAGE_SOURCE);
  await new ArticleListPage(page).open(0);
  await workspace.waitEditable();
  const threshold = workspace.root.getByTestId('accept-threshold');
  const acceptAll = workspace.root.locator('.review-bar').getByRole('button', { name: /接受 ≥/ });
  await expect(threshold).toHaveValue('50');

  // Out of range: marked, not kept.
  await threshold.fill('150');
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await threshold.press('Enter');
  await expect(threshold).toHaveValue('50');

  await threshold.fill('85');
  await threshold.press('Enter');
  await expect(acceptAll).toHaveText(/≥ 85%/);
  await acceptAll.click();
  await expect(workspace.root.locator('.accepted-note')).toContainText(`已接受 ${sure} 处断行`);

  // Lower the bar: the next accept-all takes only what the first one left.
  await threshold.fill('75');
  await threshold.press('Enter');
  await acceptAll.click();
  await expect(workspace.root.locator('.accepted-note')).toContainText(`已接受 ${fairlySure} 处断行`);
  await saveScreenshot('threshold-1-accepted');

  // Kept in the library: a reload shows it.
  await page.reload();
  await new LibraryPage(page).openPage(PAGE_SOURCE);
  await new ArticleListPage(page).open(0);
  await expect(workspace.root.getByTestId('accept-threshold')).toHaveValue('75');
});
