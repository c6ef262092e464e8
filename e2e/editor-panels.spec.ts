import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { openEditable } from './pages/open-editable';

test('flags jump to the place, rules apply and revert, the diff shows both sides, history restores', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('003_78c8');
  await expect(articles.rows).toHaveCount(4);
  await articles.open(3);
  await expect(workspace.editor).toBeVisible();

  // Flags: a doubled character; a click shows it in both panes.
  const flag = workspace.root.getByTestId('flag-list').locator('.flag-item').first();
  await expect(flag).toContainText('重字');
  await expect(flag).toContainText('们们');
  const flags = workspace.root.getByTestId('flag-list').locator('.flag-item');
  const doubled = await flags.filter({ hasText: '重字' }).count();
  await flag.click();
  await expect(workspace.root.locator('.raw-line.synced')).toHaveCount(1);
  await expect(workspace.editor.locator('.synced')).toContainText('们们');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('们们');
  // The second 们们 of the paragraph is its own flag and its own place.
  const firstPlace = await page.evaluate(() => window.getSelection()!.anchorOffset);
  await flags.filter({ hasText: '重字' }).nth(1).click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('们们');
  expect(await page.evaluate(() => window.getSelection()!.anchorOffset)).not.toBe(firstPlace);
  await saveScreenshot('panels-1-flags');
  // Fix it: the flag goes once saved.
  await page.keyboard.type('们');
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();
  await expect(flags.filter({ hasText: '重字' })).toHaveCount(doubled - 1);

  // Normalization: per-rule counts on this article; revert and apply full-width punctuation.
  await workspace.panelTab('规范化').click();
  const rule = workspace.root.locator('[data-rule="fullwidth-punctuation"]');
  await expect(rule).toContainText(/\d+ 处/);
  const original = await workspace.editor.innerText();
  expect(original).not.toMatch(/[^\d],[^\d]/);
  await rule.getByRole('button', { name: '撤销' }).click();
  await expect(workspace.editor).toContainText(',');
  // Reverting takes out the rule's own changes only: the 们们 fix typed above stays.
  const doubledIn = (text: string) => text.split('们们').length - 1;
  expect(doubledIn(await workspace.editor.innerText())).toBe(doubledIn(original));
  await saveScreenshot('panels-2-normalization-reverted');
  await rule.getByRole('button', { name: '应用' }).click();
  await expect.poll(async () => /[^\d],[^\d]/.test(await workspace.editor.innerText())).toBe(false);
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();

  // Diff: raw vs cleaned, character by character.
  await workspace.panelTab('比对').click();
  await expect(workspace.root.getByTestId('char-diff').locator('ins').first()).toBeVisible();
  await expect(workspace.root.getByTestId('char-diff').locator('del').first()).toBeVisible();
  await saveScreenshot('panels-3-diff');

  // History: view the imported revision, restore it.
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('将被撤回的句子。');
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();
  await workspace.panelTab('修订历史').click();
  const list = workspace.root.getByTestId('revision-list');
  await expect(list.locator('li')).not.toHaveCount(1);
  // Revisions are 稿 (版 is a printed page), saved at a local time written the Chinese way.
  await expect(list.locator('.revision-meta').last()).toHaveText(/^第 1 稿 · 导入 · .+ · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  await list.locator('li').last().getByRole('button', { name: '查看' }).click();
  await expect(workspace.root.getByTestId('revision-viewer')).toContainText('正在查看第 1 稿');
  await saveScreenshot('panels-4-revision');
  await workspace.root.getByTestId('revision-viewer').getByRole('button', { name: '恢复此稿' }).click();
  await expect(workspace.root.getByTestId('revision-viewer')).toHaveCount(0);
  await expect(workspace.editor).not.toContainText('将被撤回的句子。');
  await expect(list.locator('li').first()).toContainText('恢复第 1 稿');

  // The same screen in English.
  await new ShellPage(page).switchLanguage('en');
  await expect(workspace.root.locator('.side-tabs')).toContainText('History');
  await expect(list.locator('.revision-meta').last()).toHaveText(/^Revision 1 · Imported · .+ · \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  await expect(workspace.root.locator('.pane-heading').first()).toContainText('Raw');
  await saveScreenshot('panels-5-english');
});

test('selecting raw lines highlights the cleaned text, and the cursor in the editor highlights raw lines', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('001_1c72');
  await articles.open(0);
  await expect(workspace.editor).toBeVisible();

  const rawLine = workspace.root.locator('.raw-line:not(.furniture):not(.blank)').nth(6).locator('.line-text');
  const text = /[\u4e00-\u9fff]{4}/.exec(await rawLine.innerText())![0];
  await rawLine.click();
  await expect(workspace.editor.locator('.synced')).toHaveCount(1);
  await expect(workspace.editor.locator('.synced')).toContainText(text);

  await workspace.editor.locator('p').nth(2).click();
  await expect(workspace.root.locator('.raw-line.synced').first()).toBeVisible();
});

test('the panes scroll together', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('000_a039');
  await articles.open(0);
  await expect(workspace.editor).toBeVisible();
  const rawTop = () => workspace.rawLines.evaluate((element) => element.scrollTop);
  const cleanTop = () => workspace.root.locator('.clean-scroll').evaluate((element) => element.scrollTop);

  // Wheel over the cleaned side: the raw side follows to the same lines.
  await workspace.editor.hover();
  await page.mouse.wheel(0, 1200);
  await expect.poll(rawTop).toBeGreaterThan(200);
  const topLine = await workspace.root.locator('.raw-line').first().getAttribute('data-line');
  expect(Number(topLine)).toBeGreaterThan(0);

  // And back the other way: wheel over the raw side to the top, the cleaned side follows.
  await workspace.rawLines.hover();
  await page.mouse.wheel(0, -100_000);
  await expect.poll(rawTop).toBe(0);
  await expect.poll(cleanTop).toBeLessThan(50);
});

test('scrolling one pane while the other is still leading takes over, and the pane stays where the user put it', async ({ page }) => {
  const workspace = await openEditable(page, '000_a039', 0);
  const rawTop = () => workspace.rawLines.evaluate((element) => element.scrollTop);
  const cleanTop = () => workspace.root.locator('.clean-scroll').evaluate((element) => element.scrollTop);

  // The raw side is wheeled back while the cleaned side's scroll is still being followed.
  await workspace.editor.hover();
  await page.mouse.wheel(0, 1200);
  await workspace.rawLines.hover();
  await page.mouse.wheel(0, -100_000);
  await expect.poll(rawTop).toBe(0);
  await expect.poll(cleanTop).toBeLessThan(50);
  // Longer than the follow and user-intent windows: nothing pulls the raw side back down.
  await page.waitForTimeout(1500);
  expect(await rawTop()).toBe(0);
  expect(await cleanTop()).toBeLessThan(50);
});

test('keys in a field are not a scroll of the pane: the raw side stays on the break under review', async ({ page }) => {
  const workspace = await openEditable(page, '000_a039', 0);
  await page.keyboard.press('j');
  const current = (await workspace.currentBreak.getAttribute('data-break-id'))!;
  const rawTop = await workspace.rawLines.evaluate((element) => element.scrollTop);

  // End moves the title's caret; the cleaned side then scrolls by the app's doing (as focusing a
  // field scrolls it into view), not the user's: the raw side must not follow it away.
  await workspace.field('title').focus();
  await page.keyboard.press('End');
  await workspace.root.locator('.clean-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight));
  await page.waitForTimeout(500);
  expect(await workspace.rawLines.evaluate((element) => element.scrollTop)).toBe(rawTop);
  await expect(workspace.currentBreak).toHaveAttribute('data-break-id', current);
});
