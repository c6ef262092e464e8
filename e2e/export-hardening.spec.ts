import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ExportDialogPage } from './pages/ExportDialogPage';

const LONG_TITLE = '内蒙古自治区高级人民法院召开全区法院审判执行工作推进会暨司法改革与队伍建设专题部署会议强调坚持以人民为中心全面提升审判质效和司法公信力'.repeat(2).slice(0, 100);

test('a folder outside the allowed ones is refused in both languages and nothing is written', async ({ page, app, saveScreenshot }) => {
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);
  await articles.check(0);
  await page.getByTestId('export-selected').click();
  await exportDialog.target.fill(join(app.dataDir, 'backups'));
  await exportDialog.format.selectOption('txt');
  await exportDialog.dialog.getByTestId('export-run').click();
  const alert = exportDialog.dialog.getByRole('alert');
  await expect(alert).toContainText('exports 文件夹');
  await expect(alert).toContainText('never into backups/');
  expect(existsSync(join(app.dataDir, 'backups')) ? readdirSync(join(app.dataDir, 'backups')).filter((name) => name.endsWith('.txt')) : []).toEqual([]);
  await saveScreenshot('export-refused-folder');
});

test('an article with a 100-character title exports under a name within 255 bytes', async ({ page, app, api }) => {
  const { items } = await api<{ items: { id: number }[] }>('articles:list', { limit: 1 });
  const article = await api<{ revision: number; fields: Record<string, string | null>; blocks: unknown[] }>('articles:get', { articleId: items[0].id });
  await api('articles:save', { articleId: items[0].id, baseRevision: article.revision, fields: { ...article.fields, title: LONG_TITLE }, blocks: article.blocks, doc: null });
  await page.reload();
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);
  await articles.check(0);
  await articles.check(2, { shift: true });
  await page.getByTestId('export-selected').click();
  await exportDialog.exportAs('docx');
  await expect(exportDialog.result).toContainText('已导出 3 篇稿件，3 个文件');
  await expect(exportDialog.dialog.getByTestId('export-failures')).toHaveCount(0);
  const { directory, files } = await exportDialog.writtenFiles();
  expect(directory.startsWith(join(app.dataDir, 'exports'))).toBe(true);
  const long = files.find((file) => file.includes(LONG_TITLE.slice(0, 20)));
  expect(long).toBeDefined();
  expect(Buffer.byteLength(long!, 'utf8')).toBeLessThanOrEqual(255);
  expect(existsSync(join(directory, long!))).toBe(true);
});

test('a file the file system refuses is listed with its cause while the others are written', async ({ page, app, saveScreenshot }) => {
  const articles = new ArticleListPage(page);
  const exportDialog = new ExportDialogPage(page);
  await articles.check(0);
  await articles.check(2, { shift: true });
  await page.getByTestId('export-selected').click();
  await exportDialog.target.fill(join(app.dataDir, 'exports', '第一批'));
  await exportDialog.exportAs('txt');
  const names = (await exportDialog.writtenFiles()).files;
  expect(names).toHaveLength(3);

  // A dangling link already holds the second file's name in the next folder.
  const next = join(app.dataDir, 'exports', '第二批');
  mkdirSync(next, { recursive: true });
  symlinkSync(join(next, 'nowhere'), join(next, names[1]));
  await exportDialog.target.fill(next);
  await exportDialog.exportAs('txt');
  const failures = exportDialog.dialog.getByTestId('export-failure');
  await expect(failures).toHaveCount(1);
  await expect(failures.first()).toContainText(names[1]);
  await expect(failures.first()).toContainText('已有同名的文件或文件夹');
  await expect(failures.first()).toContainText('already exists');
  await expect(exportDialog.files).toHaveCount(2);
  expect(readdirSync(next).sort()).toEqual([...names].sort());
  await saveScreenshot('export-partial-failure');
});
