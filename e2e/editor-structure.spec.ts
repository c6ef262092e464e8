import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { openEditable } from './pages/open-editable';

test('split an article at the cursor, then merge it back, keeping the edits', async ({ page, saveScreenshot }) => {
  // Split, search, reopen and merge: four round trips through the library, slow on a loaded 2-core machine.
  test.slow();
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('000_a039');
  await expect(articles.rows).toHaveCount(2);
  await articles.open(0);
  await expect(workspace.editor).toBeVisible();

  // An edit in the part that will move, then split there.
  const tailBlock = workspace.editor.locator('h3', { hasText: '推动四个融合' });
  await tailBlock.click();
  await page.keyboard.press('End');
  await page.keyboard.type('（拆分前的修改）');
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+S');
  await expect(articles.rows).toHaveCount(3);
  // The editor goes on in the new article, at its start: what is typed next lands there.
  await expect(workspace.field('title')).toHaveValue(/推动四个融合.*拆分前的修改/);
  await expect(workspace.structureNotice).toContainText('已拆分');
  await page.keyboard.type('【新稿开头】');
  await expect(workspace.paragraphs().first()).toHaveText(/^【新稿开头】/);
  await workspace.waitSaved();
  await articles.open(0);
  await expect(workspace.editor).not.toContainText('拆分前的修改');

  // The new article holds the tail, edit included.
  await library.search('新稿开头');
  await expect(articles.rows).toHaveCount(1);
  await expect(articles.rows.first()).not.toContainText('聚力打造党建品牌');
  await saveScreenshot('structure-1-split');
  await library.searchInput.fill('');
  await library.searchInput.press('Enter');

  // Merge with the next article brings it back.
  await library.openPage('000_a039');
  await expect(articles.rows).toHaveCount(3);
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Alt+Shift+M');
  await expect(workspace.editor).toContainText('拆分前的修改');
  await expect(workspace.editor).toContainText('【新稿开头】');
  await workspace.waitSaved();
  await expect(articles.rows).toHaveCount(2);
  await saveScreenshot('structure-2-merged');
});

test('a merge keeps every field of the second article, says what it did, and undoes in one step', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('002_b066');
  await expect(articles.rows).toHaveCount(5);
  await articles.open(0);
  await workspace.waitEditable();
  await expect(workspace.field('dateline')).toHaveValue('赤峰讯');
  const firstBody = await workspace.editor.innerText();

  await workspace.structureButton('merge').click();
  await expect(articles.rows).toHaveCount(4);
  // The second article's headline, dateline and credit are all still there, as blocks the editor can see.
  await expect(workspace.editor.locator('h3', { hasText: '党建引领“双推进” 同频共振“深融合”' })).toHaveCount(1);
  await expect(workspace.editor.locator('p', { hasText: /^锡林郭勒讯$/ })).toHaveCount(1);
  await expect(workspace.editor.locator('p', { hasText: /^（张丽）$/ })).toHaveCount(1);
  await expect(workspace.field('dateline')).toHaveValue('赤峰讯');
  await expect(workspace.structureNotice).toContainText('已合并：《党建引领“双推进” 同频共振“深融合”》并入《仲夏时节话法治 开门纳谏听民声》');
  await expect(workspace.structureNotice).toContainText('其电头成为正文第');
  await saveScreenshot('structure-merge-notice');

  // Ctrl+Z straight after the merge restores both articles.
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Control+z');
  await expect(articles.rows).toHaveCount(5);
  await expect(workspace.structureNotice).toContainText('已撤销');
  await expect(workspace.editor).not.toContainText('锡林郭勒讯');
  expect(await workspace.editor.innerText()).toBe(firstBody);
  await articles.open(1);
  await expect(workspace.field('title')).toHaveValue('党建引领“双推进” 同频共振“深融合”');
  await expect(workspace.field('dateline')).toHaveValue('锡林郭勒讯');
  await expect(workspace.field('credit')).toHaveValue('（张丽）');
});

test('the notice’s 撤销 undoes a merge made with the keyboard', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('002_b066');
  await articles.open(2);
  await workspace.waitEditable();
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Alt+Shift+M');
  await expect(articles.rows).toHaveCount(4);
  await expect(workspace.editor).toContainText('乌兰察布讯');
  await workspace.structureNotice.getByRole('button', { name: '撤销' }).click();
  await expect(articles.rows).toHaveCount(5);
  await expect(workspace.editor).not.toContainText('乌兰察布讯');
});

test('a split from the toolbar says what it did and 撤销 puts the article back together', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('000_a039');
  await articles.open(0);
  await workspace.waitEditable();
  const whole = await workspace.editor.innerText();
  await workspace.editor.locator('h3', { hasText: '推动四个融合' }).click();
  await workspace.structureButton('split').click();
  await expect(articles.rows).toHaveCount(3);
  await expect(workspace.field('title')).toHaveValue(/推动四个融合/);
  await expect(workspace.structureNotice).toContainText('已拆分');
  await workspace.structureNotice.getByRole('button', { name: '撤销' }).click();
  await expect(workspace.structureNotice).toContainText('已撤销');
  await expect(articles.rows).toHaveCount(2);
  await expect(workspace.field('title')).toHaveValue('聚力打造党建品牌 推动工作提质增效');
  expect(await workspace.editor.innerText()).toBe(whole);
  // On another page the notice is not shown.
  await library.openPage('001_1c72');
  await articles.open(0);
  await expect(workspace.structureNotice).toHaveCount(0);
});

test('mark a block as heading, caption and furniture from the keyboard', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('001_1c72');
  await articles.open(0);
  const second = workspace.editor.locator('p').nth(1);
  const text = (await second.innerText()).slice(0, 10);
  await second.click();
  await page.keyboard.press('Alt+c');
  await expect(workspace.editor.locator('p.caption', { hasText: text })).toHaveCount(1);
  await page.keyboard.press('Alt+h');
  await expect(workspace.editor.locator('h3', { hasText: text })).toHaveCount(1);
  await page.keyboard.press('Alt+f');
  await expect(workspace.editor).not.toContainText(text);
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();
});

test('move a block to another article of the page', async ({ page, api, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('003_78c8');
  await expect(articles.rows).toHaveCount(4);
  const targetId = Number(await articles.rows.nth(2).getAttribute('data-article-id'));
  await articles.open(0);
  const block = workspace.editor.locator('p').nth(1);
  const text = /[\u4e00-\u9fff]{8}/.exec(await block.innerText())![0];
  await block.click();
  await page.keyboard.press('Alt+Shift+B');
  const dialog = page.getByRole('dialog', { name: '把当前段移到本版另一篇' });
  await expect(dialog).toBeVisible();
  await saveScreenshot('structure-3-move-dialog');
  await page.keyboard.press('3');
  await expect(workspace.editor).not.toContainText(text);
  await workspace.waitSaved();
  // The move is two saves: this article (the save state above) and then the target; open the target once it has the block.
  await expect.poll(async () => (await api<{ text: string }>('articles:get', { articleId: targetId })).text).toContain(text);

  await articles.open(2);
  await expect(workspace.editor).toContainText(text);
});

test('a break in the headline changes the fields at once', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('000_a039');
  await articles.open(0);
  await expect(workspace.field('subtitle')).toHaveValue(/鄂尔多斯/);
  // Line 2 (the subtitle) starts a new unit; joining it makes one headline.
  const mark = workspace.breakMark(1);
  await expect(mark).toHaveAttribute('data-decision', 'split');
  await mark.click();
  await expect(mark).toHaveAttribute('data-decision', 'join');
  await expect(workspace.field('title')).toHaveValue(/鄂尔多斯/);
  await expect(workspace.field('subtitle')).toHaveValue('');
  await workspace.waitSaved();
  await mark.click();
  await expect(workspace.field('subtitle')).toHaveValue(/鄂尔多斯/);
});

test('Ctrl+End and Ctrl+Home move the caret to the ends of the body, even straight after a click', async ({ page }) => {
  const workspace = await openEditable(page, '001_1c72', 0);
  const blocks = workspace.paragraphs();
  // No pause between the click and the key: the editor, not the browser, moves the caret.
  await blocks.first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('【末尾】');
  await expect(blocks.last()).toHaveText(/【末尾】$/);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('【开头】');
  await expect(blocks.first()).toHaveText(/^【开头】/);
  // With Shift the selection runs to the end: typing replaces everything after the caret.
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.type('全部替换');
  await expect(workspace.editor).toHaveText('【开头】全部替换');
});

test('a chord straight after a click acts on the block clicked, before the editor has read the new caret', async ({ page }) => {
  const workspace = await openEditable(page, '001_1c72', 0);
  const paragraphs = workspace.editor.locator('p');
  const before = (await paragraphs.nth(1).innerText()).slice(0, 10);
  const clicked = (await paragraphs.nth(4).innerText()).slice(0, 10);
  await paragraphs.nth(1).click();
  await expect(workspace.root.locator('.raw-line.synced').first()).toBeVisible();
  // The caret moves in the page and Alt+H comes in the same task: the browser's selectionchange,
  // which the editor reads it from, has not run yet — as when a loaded machine falls behind the keys.
  await paragraphs.nth(4).evaluate((block) => {
    const text = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode()!;
    block.ownerDocument.getSelection()!.collapse(text, 2);
    block.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', altKey: true, bubbles: true, cancelable: true }));
  });
  await expect(workspace.editor.locator('h3', { hasText: clicked })).toHaveCount(1);
  await expect(workspace.editor.locator('p', { hasText: before })).toHaveCount(1);
});
