import { readFileSync, existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { test, expect, ROOT } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ExportDialogPage } from './pages/ExportDialogPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

const SEED = '000_a039a68cf8da8ce7.txt';

test("an editor's morning: import, review breaks by keyboard, edit, approve, search, export", async ({ page, saveScreenshot }) => {
  const shell = new ShellPage(page);
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const importDialog = new ImportDialogPage(page);
  const workspace = new WorkspacePage(page);

  // Import a seed page through the UI (it is already in the library, so keep both).
  await expect(library.pageItems).toHaveCount(5);
  await shell.openImport();
  await importDialog.choosePolicy('保留两份');
  await importDialog.importFiles([{ name: SEED, buffer: readFileSync(join(ROOT, 'seeds', 'pages', SEED)) }]);
  await expect(importDialog.item(SEED)).toHaveAttribute('data-status', 'imported');
  await saveScreenshot('morning-1-import');
  await importDialog.close();

  // Open the page and its first article.
  await expect(library.pageItems).toHaveCount(6);
  await library.showPage(library.pageItems.filter({ hasText: SEED.slice(0, 8) }).last());
  await articles.open(0);
  await expect(workspace.editor).toBeVisible();
  await expect(workspace.breakMarks.first()).toBeVisible();
  await saveScreenshot('morning-2-open');

  // Walk the uncertain breaks from the raw pane and fix three of them.
  const paragraphsBefore = await workspace.paragraphs().count();
  await workspace.focusRawPane();
  const fixed: string[] = [];
  for (let round = 0; round < 3; round++) {
    await page.keyboard.press('j');
    await expect(workspace.currentBreak).toHaveCount(1);
    const id = (await workspace.currentBreak.getAttribute('data-break-id'))!;
    expect(fixed).not.toContain(id);
    const before = await workspace.currentBreak.getAttribute('data-decision');
    await page.keyboard.press('Enter');
    await expect(workspace.breakMark(id)).toHaveAttribute('data-decision', before === 'join' ? 'split' : 'join');
    await expect(workspace.breakMark(id)).toHaveClass(/by-hand/);
    fixed.push(id);
  }
  // The cleaned side followed: each toggle split or joined a paragraph.
  await expect.poll(() => workspace.paragraphs().count()).not.toBe(paragraphsBefore);
  // The rest the engine is fairly sure of: accept them all at once.
  await page.keyboard.press('Shift+A');
  await expect(workspace.root.locator('.accepted-note')).toContainText(/已接受 \d+ 处断行/);
  await saveScreenshot('morning-3-breaks');

  // Edit a sentence in the body: add one at the end of the article, then undo and redo it.
  await workspace.editor.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('编者按校订句。');
  await expect(workspace.editor).toContainText('编者按校订句。');
  await page.keyboard.press('Control+z');
  await expect(workspace.editor).not.toContainText('编者按校订句。');
  await page.keyboard.press('Control+Shift+z');
  await expect(workspace.editor).toContainText('编者按校订句。');

  // Fix the title.
  const title = workspace.field('title');
  const corrected = `${(await title.inputValue()).replace(/\s+/g, '')}（校）`;
  await title.fill(corrected);
  await page.keyboard.press('Control+s');
  await workspace.waitSaved();
  await saveScreenshot('morning-4-edited');

  // Approve: 已校对, and the library shows it.
  await workspace.status('已校对').click();
  await expect(workspace.status('已校对')).toHaveAttribute('aria-pressed', 'true');
  const row = articles.row(corrected);
  await expect(row).toContainText('已校对');
  await saveScreenshot('morning-5-approved');

  // The cleaned text is searchable.
  await library.search('编者按校订句');
  await expect(articles.rows).toHaveCount(1);
  await expect(articles.rows.first()).toContainText(corrected);
  await saveScreenshot('morning-6-search');

  // Export it to docx.
  await articles.check(0);
  await page.getByTestId('export-selected').click();
  const exportDialog = new ExportDialogPage(page);
  await exportDialog.exportAs('docx');
  const { directory, files } = await exportDialog.writtenFiles();
  expect(files).toHaveLength(1);
  const path = isAbsolute(files[0]) ? files[0] : join(directory, files[0]);
  expect(existsSync(path), path).toBe(true);
  expect(statSync(path).size).toBeGreaterThan(1000);
  await saveScreenshot('morning-7-export');
});
