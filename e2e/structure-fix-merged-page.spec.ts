import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

// Copy-pasted with full-width indents, the second headline reads like a paragraph
// to the engine: after the first article's own section head it is one head of a
// set, so the engine makes one article of two, the second headline a heading
// inside it and the dateline part of a paragraph.
const MERGED_PAGE = [
  '法院专刊  2025年07月10日  06版',
  '',
  '法官进社区 普法零距离',
  '',
  '本报讯 7月8日，呼和浩特市新城区人民法院的法官走进海东路社区，为居民讲解民法典中与日常生活密切相关的法律知识，现场解答居民提出的法律问题二十余个。',
  '',
  '以案释法 贴近群众',
  '',
  '活动中，法官结合真实案例，讲解了物业纠纷、邻里纠纷、婚姻家庭等方面的法律规定，引导居民依法理性表达诉求。',
  '',
  '　　湖北法院集中执行专项行动成效明显',
  '　　新华网武汉7月8日电记者从湖北省高级人民法院获悉，全省法院开展集中执行专项行动以来，共执结案件一万二千余件，执行到位金额三十五亿元。',
  '',
  '据介绍，专项行动聚焦涉民生案件，优先执行拖欠农民工工资、赡养费、抚养费等案件，切实保障当事人合法权益。',
  '',
].join('\n');
const SECOND_HEADLINE_LINE = 10;

/** Every character of the open article, fields and body, spaces aside, sorted: equal for the same text in any arrangement. */
async function articleCharacters(page: Page, workspace: WorkspacePage): Promise<string> {
  const fields = await Promise.all((['title', 'subtitle', 'byline', 'dateline', 'credit'] as const).map((name) => workspace.field(name).inputValue()));
  const body = await workspace.editor.innerText();
  void page;
  return [...[...fields, body].join('').replace(/\s/g, '')].sort().join('');
}

async function importMergedPage(page: Page): Promise<void> {
  const importDialog = new ImportDialogPage(page);
  await new ShellPage(page).openImport();
  await importDialog.importFiles([{ name: 'merged-page.txt', buffer: Buffer.from(MERGED_PAGE, 'utf8') }]);
  await expect(importDialog.item('merged-page.txt')).toHaveAttribute('data-status', 'imported');
  await importDialog.dialog.getByRole('button', { name: '关闭' }).click();
}

test('fix a merged page with visible controls only: two clicks split it at the second headline, two more set the dateline, nothing lost', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await importMergedPage(page);
  await library.openPage('merged-page');
  await expect(articles.rows).toHaveCount(1);
  await articles.open(0);
  await workspace.waitEditable();
  await expect(workspace.editor.locator('h3', { hasText: '湖北法院集中执行专项行动成效明显' })).toHaveCount(1);
  const before = await articleCharacters(page, workspace);

  // The fix: right-click the second headline's line in the raw pane, choose 标题.
  let actions = 0;
  await workspace.openLineMenu(SECOND_HEADLINE_LINE);
  actions++;
  await saveScreenshot('structure-fix-1-line-menu');
  await workspace.menuItem(/^标题/).click();
  actions++;
  expect(actions).toBeLessThanOrEqual(3);

  await expect(articles.rows).toHaveCount(2);
  expect(await articles.titles()).toEqual(['法官进社区 普法零距离', '湖北法院集中执行专项行动成效明显']);
  // The editor is in the new article, under its headline.
  await expect(workspace.field('title')).toHaveValue('湖北法院集中执行专项行动成效明显');
  await expect(workspace.structureNotice).toContainText('已拆分');
  await expect(workspace.paragraphs().first()).toHaveText(/^新华网武汉7月8日电记者从/);
  await saveScreenshot('structure-fix-2-split');

  // Its dateline runs into the first paragraph: the line's menu → 电头 takes those words into the field.
  await workspace.openLineMenu(SECOND_HEADLINE_LINE + 1);
  await workspace.menuItem(/^电头/).click();
  actions += 2;
  expect(actions).toBe(4);
  await expect(workspace.field('dateline')).toHaveValue('新华网武汉7月8日电');
  await expect(workspace.paragraphs().first()).toHaveText(/^记者从湖北省高级人民法院获悉/);
  await workspace.waitSaved();
  const second = await articleCharacters(page, workspace);

  await articles.open(0);
  await expect(workspace.field('title')).toHaveValue('法官进社区 普法零距离');
  await expect(workspace.editor).not.toContainText('湖北');
  const first = await articleCharacters(page, workspace);
  expect([...(first + second)].sort().join('')).toBe(before);
});

test('a field of the merged-away article, left in the body, is given back its role from the menu; the field it displaces stays in the body', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('002_b066');
  await articles.open(0);
  await workspace.waitEditable();
  await workspace.structureButton('merge').click();
  await expect(articles.rows).toHaveCount(4);
  await expect(workspace.editor.locator('p', { hasText: /^锡林郭勒讯$/ })).toHaveCount(1);

  await workspace.openBlockMenu('锡林郭勒讯');
  await workspace.menuItem(/^电头/).click();
  await expect(workspace.field('dateline')).toHaveValue('锡林郭勒讯');
  await expect(workspace.editor.locator('p', { hasText: /^赤峰讯$/ })).toHaveCount(1);
  await expect(workspace.editor).not.toContainText('锡林郭勒讯');

  // The toolbar's 设为 ▾ does the same for the block under the caret.
  await workspace.editor.locator('p', { hasText: /^赤峰讯$/ }).click();
  await workspace.structureButton('assign').click();
  await workspace.menuItem(/^署名/, workspace.rolesMenu).click();
  await expect(workspace.field('byline')).toHaveValue('赤峰讯');
  await expect(workspace.editor).not.toContainText('赤峰讯');
  await workspace.waitSaved();
});

test('the line menu opens from the keyboard, moves with the arrows and closes with Esc', async ({ page }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('002_b066');
  await articles.open(0);
  await workspace.waitEditable();
  // Opening hands the keyboard to the raw pane; click into the body once that has happened.
  await expect(page.locator('[data-testid="workspace"] .raw-lines')).toBeFocused();
  await workspace.editor.locator('p').nth(1).click();
  await page.keyboard.press('Shift+F10');
  await expect(workspace.structureMenu).toBeVisible();
  await expect(workspace.menuItem(/^从这里拆分/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(workspace.menuItem(/^与下一篇合并/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(workspace.menuItem(/^正文/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(workspace.structureMenu).toHaveCount(0);
  // Back in the body, where it was.
  await page.keyboard.type('【回到正文】');
  await expect(workspace.editor.locator('p').nth(1)).toContainText('【回到正文】');
  // Each toolbar button names its shortcut.
  await expect(workspace.structureButton('split')).toHaveAttribute('title', /Alt\+Shift\+S/);
  await expect(workspace.structureButton('merge')).toHaveAttribute('title', /Alt\+Shift\+M/);
  await expect(workspace.structureButton('role-heading')).toHaveAttribute('title', /Alt\+H/);
  await expect(workspace.structureButton('move')).toHaveAttribute('title', /Alt\+Shift\+B/);
});

for (const locale of ['zh', 'en'] as const) {
  test(`the toolbar and the line menu at 1280×720 in ${locale}, the header on one row`, async ({ page, saveScreenshot }) => {
    const library = new LibraryPage(page);
    const articles = new ArticleListPage(page);
    const workspace = new WorkspacePage(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    if (locale === 'en') await new ShellPage(page).switchLanguage('en');
    await library.openPage('000_a039');
    await articles.open(0);
    await workspace.waitEditable();
    const header = workspace.root.locator('.workspace-header');
    const headerBox = (await header.boundingBox())!;
    const buttonBox = (await header.getByRole('button').first().boundingBox())!;
    expect(headerBox.height).toBeLessThan(buttonBox.height * 2);
    // Nothing in the row is pushed out or under its neighbour.
    const boxes = (await Promise.all((await header.getByRole('button').all()).map((button) => button.boundingBox()))).map((box) => box!);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(headerBox.x + headerBox.width + 0.5);
    boxes.sort((a, b) => a.x - b.x);
    for (let index = 1; index < boxes.length; index++) expect(boxes[index].x).toBeGreaterThanOrEqual(boxes[index - 1].x + boxes[index - 1].width - 1.5);
    await expect(workspace.root.getByTestId('article-nav-where')).toHaveAttribute('title', /^06版 · .*聚力打造党建品牌/);
    const toolbarBox = (await workspace.structureToolbar.boundingBox())!;
    expect(toolbarBox.height).toBeLessThan(buttonBox.height * 2);
    await workspace.openBlockMenu('推动四个融合');
    await saveScreenshot(`structure-menu-${locale}-1280x720`);
  });
}
