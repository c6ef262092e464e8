import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { demoPageSource, LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (and holds `text`), as an editor without a mouse would. */
async function tabTo(page: Page, selector: string, { text = '', back = false } = {}): Promise<void> {
  for (let press = 0; press < 80; press++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const reached = await page.evaluate(([wanted, words]) => {
      const active = document.activeElement;
      return !!active?.matches(wanted) && (active.textContent ?? '').includes(words);
    }, [selector, text] as const);
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

const focusedInRawPane = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.raw-lines'));

test('keyboard-only review: open an article from the list, step through its breaks and decide them, the cheat sheet', async ({ page, saveScreenshot }) => {
  // A long walk, one key at a time.
  test.slow();
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  const library = new LibraryPage(page);
  await expect(library.pageItems).toHaveCount(5);

  // To the page in the issue tree, then to its first article, and open it — all from the keyboard.
  const demoPage = `[data-testid="page-item"][data-source="${demoPageSource('000_a039')}"]`;
  await tabTo(page, demoPage);
  await page.keyboard.press('Enter');
  await expect(page.locator(demoPage)).toHaveAttribute('aria-current', 'true');
  await expect(articles.total).toHaveAttribute('aria-busy', 'false');
  await expect(articles.rows).toHaveCount(2);
  await tabTo(page, '.article-title');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(articles.rows.first().locator('.article-title')).toHaveAttribute('aria-current', 'true');
  await workspace.waitEditable();

  // The keyboard is where review starts: the raw pane.
  await expect.poll(() => focusedInRawPane(page)).toBe(true);
  const uncertain = Number(await workspace.uncertainCount.getAttribute('data-count'));
  expect(uncertain).toBeGreaterThan(3);

  // J to the first uncertain break, A joins it; J to the next, S splits it.
  await page.keyboard.press('j');
  await expect(workspace.currentBreak).toHaveCount(1);
  const first = (await workspace.currentBreak.getAttribute('data-break-id'))!;
  await page.keyboard.press('a');
  await expect(workspace.breakMark(first)).toHaveAttribute('data-decision', 'join');
  await expect(workspace.breakMark(first)).toHaveClass(/by-hand/);
  await page.keyboard.press('j');
  await expect(workspace.currentBreak).not.toHaveAttribute('data-break-id', first);
  const second = (await workspace.currentBreak.getAttribute('data-break-id'))!;
  await page.keyboard.press('s');
  await expect(workspace.breakMark(second)).toHaveAttribute('data-decision', 'split');
  await expect(workspace.breakMark(second)).toHaveClass(/by-hand/);
  await expect(workspace.uncertainCount).toHaveAttribute('data-count', String(uncertain - 2));

  // Alt+J from outside the workspace, back in the article list: the review goes on.
  await tabTo(page, '.article-title', { back: true });
  await page.keyboard.press('Alt+j');
  await expect(workspace.currentBreak).toHaveCount(1);
  const third = (await workspace.currentBreak.getAttribute('data-break-id'))!;
  expect([first, second]).not.toContain(third);
  expect(await focusedInRawPane(page)).toBe(false);
  // Plain J and K from outside the raw pane step too, and bring the keyboard there.
  await page.keyboard.press('j');
  await expect(workspace.currentBreak).not.toHaveAttribute('data-break-id', third);
  await expect.poll(() => focusedInRawPane(page)).toBe(true);
  await page.keyboard.press('k');
  await expect(workspace.currentBreak).toHaveAttribute('data-break-id', third);
  await page.keyboard.press('Alt+Enter');
  await expect(workspace.breakMark(third)).toHaveClass(/by-hand/);
  await expect(workspace.uncertainCount).toHaveAttribute('data-count', String(uncertain - 3));

  // ? opens the cheat sheet, Escape closes it; F1 from the list too.
  await page.keyboard.press('?');
  await expect(workspace.cheatSheet).toBeVisible();
  await expect(workspace.cheatSheet).toContainText('按 J 开始校对');
  await saveScreenshot('keyboard-review-cheat-sheet');
  await page.keyboard.press('Escape');
  await expect(workspace.cheatSheet).toHaveCount(0);
  await tabTo(page, '.article-title', { back: true });
  await page.keyboard.press('F1');
  await expect(workspace.cheatSheet).toBeVisible();
  await page.keyboard.press('F1');
  await expect(workspace.cheatSheet).toHaveCount(0);

  // Ctrl+S from the list saves the decisions.
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();
  await saveScreenshot('keyboard-review-decided');
});

test('typing J, K or ? in a text field types them: the review keys leave fields alone', async ({ page }) => {
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  const library = new LibraryPage(page);
  await library.openPage('000_a039');
  await articles.open(0);
  await workspace.waitEditable();
  await page.keyboard.press('j');
  const current = (await workspace.currentBreak.getAttribute('data-break-id'))!;

  await library.searchInput.focus();
  await page.keyboard.type('jk?');
  await expect(library.searchInput).toHaveValue('jk?');
  await workspace.field('title').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('jk');
  await expect(workspace.field('title')).toHaveValue(/jk$/);
  await expect(workspace.currentBreak).toHaveAttribute('data-break-id', current);
  await expect(workspace.cheatSheet).toHaveCount(0);
});
