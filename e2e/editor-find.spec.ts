import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

const occurrences = (text: string, word: string) => text.split(word).length - 1;

test('find and replace in the body from the keyboard, all in one undoable step', async ({ page, saveScreenshot }) => {
  const workspace = new WorkspacePage(page);
  await new LibraryPage(page).openPage('001_1c72');
  await new ArticleListPage(page).open(0);
  await workspace.waitEditable();
  const bar = workspace.root.getByTestId('find-bar');
  const query = workspace.root.getByTestId('find-query');
  const status = workspace.root.getByTestId('find-status');

  const total = occurrences((await workspace.editor.textContent()) ?? '', '党建');
  expect(total).toBeGreaterThan(3);
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Control+f');
  await expect(bar).toBeVisible();
  await expect(query).toBeFocused();
  await page.keyboard.type('党建');
  await expect(status).toHaveText(new RegExp(`/ ${total} 处`));
  await expect(workspace.editor.locator('.find-match')).toHaveCount(total);
  await expect(workspace.editor.locator('.find-current')).toHaveCount(1);
  const first = await status.innerText();
  await page.keyboard.press('Enter');
  await expect(status).not.toHaveText(first);
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(first);
  await saveScreenshot('find-1-matches');

  // Ctrl+H adds the replace row; replace all, then one undo brings every one back.
  await page.keyboard.press('Control+h');
  await workspace.root.getByTestId('find-replacement').fill('党的建设');
  await workspace.root.getByTestId('find-replace-all').click();
  await expect(status).toHaveText(`已替换 ${total} 处`);
  await expect(workspace.editor).not.toContainText('党建');
  expect(occurrences((await workspace.editor.textContent()) ?? '', '党的建设')).toBeGreaterThanOrEqual(total);
  await expect(workspace.saveState).toHaveAttribute('data-state', /dirty|saving|saved/);
  await saveScreenshot('find-2-replaced');

  await query.press('Escape');
  // The text has the focus as Esc returns, not a frame later: a key pressed at once is the editor's.
  expect(await page.evaluate(() => document.activeElement?.closest('.ProseMirror') != null)).toBe(true);
  await expect(bar).toHaveCount(0);
  await expect(workspace.editor.locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => occurrences((await workspace.editor.textContent()) ?? '', '党建')).toBe(total);
});
