// What an editor new to Qinggao stumbled on (issue #13): suggestions that looked
// like tags, dates the American way, a demo tree of hash names, a half-styled docx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect, ROOT } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { TagPanelPage } from './pages/TagPanelPage';
import { WorkspacePage } from './pages/WorkspacePage';

test('the demo tree names and dates every page, and tells two pages with one label apart', async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);
  const tree = page.getByTestId('issue-tree');
  await expect(library.pageItems).toHaveCount(5);
  await expect(tree).not.toContainText('日期不详');
  await expect(library.issueItems).toHaveText([/^2026年1月16日/, /^2025年6月27日/, /^2023年3月10日/]);
  for (const name of await library.pageItems.locator('.page-name').allInnerTexts()) expect(name).toMatch(/^\d{2}版$/);
  // The article list reads the issue date the same way, never 2025-06-27.
  await library.openPage('002_b066');
  const places = await page.getByTestId('article-row').locator('.article-place').allInnerTexts();
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(place).toMatch(/^2025年6月27日 · 05版$/);
  await saveScreenshot('conventions-1-demo-tree');

  // The page with a masthead imported again, keeping both: two 05版 in one issue, each saying which it is.
  const seed = '002_b0665593f832c07b.txt';
  await shell.openImport();
  await new ImportDialogPage(page).choosePolicy('保留两份');
  await new ImportDialogPage(page).importFiles([{ name: seed, buffer: readFileSync(join(ROOT, 'seeds', 'pages', seed)) }]);
  await new ImportDialogPage(page).close();
  await expect(library.pageItems).toHaveCount(6);
  const fifth = library.pageItems.filter({ hasText: '05版' });
  await expect(fifth).toHaveCount(3);
  const names = await fifth.locator('.page-name').allInnerTexts();
  expect(new Set(names).size).toBe(3);
  expect(names).toContain('05版 · 002_b0665593f832c07b');
  expect(names).toContain('05版 · 法院专刊 2025年6月27日 第5版');
  await saveScreenshot('conventions-2-two-fifth-pages');
});

test('date filters take 2025-06-27 or 2025年6月27日 in either language, never mm/dd/yyyy', async ({ page, api, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const from = page.getByTestId('filter-date-from');
  const to = page.getByTestId('filter-date-to');
  for (const input of [from, to]) {
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveAttribute('placeholder', '2024-09-01');
  }
  const { total } = await api<{ total: number }>('articles:list', { filter: { dateFrom: '2025-06-27', dateTo: '2025-06-27' } });
  await from.fill('2025/6/27');
  await to.fill('2025年6月27日');
  await expect(articles.total).toHaveText(`共 ${total} 篇`);
  await to.fill('06/27/2025');
  await expect(page.getByTestId('library-filters').getByRole('alert')).toHaveText('日期请写成 2024-09-01');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot('conventions-3-date-filter');
  await page.getByTestId('library-filters').getByRole('button', { name: '清除筛选' }).click();
  await expect(from).toHaveValue('');

  await new ShellPage(page).switchLanguage('en');
  await expect(from).toHaveAttribute('placeholder', '2024-09-01');
  await expect(library.issueItems.first()).toContainText('16 Jan 2026');
});

test('suggested tags look like suggestions in the list and the panel; confidences read as percentages', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  const tags = new TagPanelPage(page);
  await library.openPage('002_b066');
  const row = articles.rows.first();
  const suggested = row.locator('[data-testid="row-tag"][data-source="suggested"]');
  await expect(suggested.first()).toBeVisible();
  await expect(suggested.first()).toHaveAttribute('title', '建议标签，未确认');
  await expect(suggested.first().locator('.chip-marker')).toHaveText('建议');
  expect(await suggested.first().evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('dashed');
  await expect(row.locator('[data-testid="row-tag"][data-source="confirmed"]')).toHaveCount(0);

  // The panel names them as suggestions to confirm, never 尚无标签, with a percentage.
  await articles.open(0);
  await expect(workspace.editor).toBeVisible();
  await tags.open();
  await expect(tags.panel).not.toContainText('尚无标签');
  await expect(tags.panel.getByTestId('tags-empty')).toContainText('条建议待确认');
  await expect(tags.suggestions.first()).toContainText(/置信度 \d{1,2}%/);
  await expect(tags.suggestions.first()).not.toContainText(/置信度 \d+\.\d/);
  await expect(workspace.breakMarks.first()).toHaveAttribute('title', /置信度 \d{1,3}% ·/);

  // Confirming one makes it solid in the list; the rest stay marked.
  const name = (await tags.suggestions.first().getAttribute('data-name'))!;
  await tags.panel.getByRole('button', { name: `采纳建议：${name}`, exact: true }).click();
  await expect(tags.tag(name)).toBeVisible();
  await expect(row.locator(`[data-testid="row-tag"][data-source="confirmed"]`, { hasText: name })).toBeVisible();
  await expect(suggested.first()).toBeVisible();
  await saveScreenshot('conventions-4-tags-list');
});

test('a docx export styles every paragraph, both sub-heads made with Alt+H included', async ({ page, api }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('001_1c72');
  await articles.open(0);
  // A click before the editor turns editable places no caret, and Alt+H then has no block to make a sub-head.
  await workspace.waitEditable();
  const paragraphs = workspace.editor.locator('p');
  const texts: string[] = [];
  for (const index of [2, 5]) {
    const block = paragraphs.nth(index);
    texts.push((await block.innerText()).trim());
    await block.click();
    await page.keyboard.press('Alt+h');
    await expect(workspace.editor.locator('h3', { hasText: texts.at(-1)!.slice(0, 10) })).toHaveCount(1);
  }
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();

  const articleId = Number(await articles.rows.first().getAttribute('data-article-id'));
  const result = await api<{ directory: string; files: string[] }>('export:articles', { articleIds: [articleId], format: 'docx' });
  const files = unzipSync(new Uint8Array(readFileSync(join(result.directory, result.files[0]))));
  const documentXml = strFromU8(files['word/document.xml']);
  const stylesXml = strFromU8(files['word/styles.xml']);
  const paragraphsXml = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
  }));
  expect(paragraphsXml.filter((paragraph) => paragraph.style === null)).toEqual([]);
  for (const text of texts) expect(paragraphsXml.find((paragraph) => paragraph.text === text)?.style).toBe('Heading2');
  for (const style of new Set(paragraphsXml.map((paragraph) => paragraph.style))) expect(stylesXml).toContain(`w:styleId="${style}"`);
});
