import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueGroup, PageDetail } from '../core/model/library';
import type { LineBox } from '../core/model/page-geometry';
import { lineAtPoint } from '../core/pdf/line-at-point';
import type { Page } from '@playwright/test';
import { test, expect, ROOT } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { ImportDialogPage } from './pages/ImportDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { PageViewPage, type PointBox } from './pages/PageViewPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

// Issue #10, the page beside the text: a PDF imported through the 导入 dialog, its
// printed page drawn by pdf.js beside the text, the line under the cursor highlighted
// where it is printed, and a click on the page taking the editor to that line.
// The PDF import's three-column page with two articles (scripts/make-pdf-fixtures.ts).
const FIXTURE = 'import-page.pdf';
const PDF = readFileSync(join(ROOT, 'main', 'pdf', 'fixtures', FIXTURE));
/** The highlight stands 2 px outside the line's box (PageImageView); a pixel more for rounding. */
const TOLERANCE_PX = 3;

function expectOver(actual: PointBox | null, expected: PointBox): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual!.x - expected.x)).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(actual!.y - expected.y)).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(actual!.x + actual!.width - (expected.x + expected.width))).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(Math.abs(actual!.y + actual!.height - (expected.y + expected.height))).toBeLessThanOrEqual(TOLERANCE_PX);
}

/** Four characters of a line that the cleaned text keeps as printed: no spaces or punctuation among them. */
function plainRun(text: string): string {
  return /[\p{Script=Han}\d]{4}/u.exec(text.replace(/\s+/g, ''))?.[0] ?? text.trim().slice(0, 2);
}

/** Records what the CSP refuses from now on: pdf.js and its worker load only once the page view first shows. */
async function watchCsp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

test('a PDF page beside the text: the current line is highlighted where it is printed, a click on the page goes to its line', async ({ page, api, saveScreenshot }) => {
  // Import, render and two round trips through the editor: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  const shell = new ShellPage(page);
  const importDialog = new ImportDialogPage(page);
  const workspace = new WorkspacePage(page);
  const view = new PageViewPage(page);

  await shell.openImport();
  await importDialog.importFiles([{ name: FIXTURE, buffer: PDF, mimeType: 'application/pdf' }]);
  await expect(importDialog.items.first()).toHaveAttribute('data-status', 'imported');
  await importDialog.close();

  const tree = await api<IssueGroup[]>('library:tree', {});
  const summary = tree.flatMap((issue) => issue.pages).find((candidate) => candidate.source.startsWith('import-page'));
  expect(summary).toBeDefined();
  const detail = await api<PageDetail>('pages:get', { pageId: summary!.id });
  const geometry = detail.analysis.geometry!;
  expect(geometry.lines.length).toBeGreaterThan(20);
  const boxOf = (line: number) => geometry.lines.find((box) => box.line === line)!;
  // The article with the most body lines printed on the page: it has lines to go between.
  const bodyLines = (article: number): LineBox[] =>
    detail.analysis.placements.filter((placement) => placement.article === article && placement.role === 'paragraph').flatMap((placement) => geometry.lines.filter((box) => box.line === placement.line));
  const articleIndex = detail.analysis.articles.map((_, index) => index).sort((a, b) => bodyLines(b).length - bodyLines(a).length)[0]!;

  await new LibraryPage(page).openPage('import-page');
  const list = new ArticleListPage(page);
  await list.row(detail.analysis.articles[articleIndex]!.title).first().locator('.article-title').click();
  await expect(workspace.editor).toBeVisible();

  await watchCsp(page);
  // Alt+V: the printed page in place of the raw text.
  await expect(view.mode('text')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+V');
  await expect(view.pane).toBeVisible();
  await expect(workspace.rawLines).toHaveCount(0);
  await view.settled();
  await expect(view.region.first()).toBeVisible();
  await saveScreenshot('pdf-view-page');

  // Side by side (Alt+Shift+V); the cursor in the editor puts its line's highlight on the page.
  await page.keyboard.press('Alt+Shift+V');
  await expect(view.mode('both')).toHaveAttribute('aria-pressed', 'true');
  await expect(workspace.rawLines).toBeVisible();
  // The narrower pane draws the page again at its fitted width, once.
  const firstRenders = await view.settled();
  await workspace.editor.locator('p').first().click({ position: { x: 40, y: 8 } });
  const synced = workspace.rawLines.locator('.raw-line.synced');
  await expect(synced.first()).toBeVisible();
  const cursorLine = Number(await synced.first().getAttribute('data-line'));
  await expect(view.currentLine.first()).toBeVisible();
  expectOver(await view.currentLine.first().boundingBox(), await view.onScreen(boxOf(cursorLine)));
  // Drawn at the screen's pixel ratio: one canvas pixel per device pixel.
  const sharpness = await view.canvas.evaluate((canvas: HTMLCanvasElement) => (canvas.width / canvas.getBoundingClientRect().width) / window.devicePixelRatio);
  expect(sharpness).toBeCloseTo(1, 1);
  // Moving the highlight does not draw the page again.
  expect(await view.renders()).toBe(firstRenders);

  // A click on another line of the article, where it is printed, takes the editor and the raw pane there.
  const target = bodyLines(articleIndex)
    .filter((box) => box.line !== cursorLine && lineAtPoint(geometry.lines, box.x + box.width / 2, box.y + box.height / 2) === box.line)
    .sort((a, b) => Math.abs(b.y - boxOf(cursorLine).y) + Math.abs(b.x - boxOf(cursorLine).x) - (Math.abs(a.y - boxOf(cursorLine).y) + Math.abs(a.x - boxOf(cursorLine).x)))[0]!;
  expect(target).toBeDefined();
  const point = await view.bringIntoView(target.x + target.width / 2, target.y + target.height / 2);
  await page.mouse.click(point.x, point.y);
  await expect(workspace.rawLines.locator(`.raw-line.synced[data-line="${target.line}"]`)).toBeVisible();
  const targetText = detail.analysis.lines[target.line]!.text;
  await expect(workspace.editor.locator('.synced')).toContainText(plainRun(targetText));
  await expect(workspace.editor.locator('.synced')).toBeInViewport();
  await expect(view.currentLine).toHaveCount(1);
  expectOver(await view.currentLine.boundingBox(), await view.onScreen(target));
  await saveScreenshot('pdf-view-beside');

  // Zoom from the keyboard while the page has the focus: drawn again at the new scale, once.
  const fitted = await view.scale();
  await view.scroller.focus();
  await page.keyboard.press('+');
  await expect.poll(() => view.scale()).toBeGreaterThan(fitted);
  expect(await view.renders()).toBe(firstRenders + 1);
  await expect(view.zoomLevel).toHaveText(`${Math.round((await view.scale()) * 100)}%`);
  expectOver(await view.currentLine.boundingBox(), await view.onScreen(target));
  await page.keyboard.press('0');
  await expect.poll(() => view.scale()).toBeCloseTo(fitted, 5);

  // A line of another article: that article opens, on that line.
  const otherIndex = detail.analysis.articles.map((_, index) => index).find((index) => index !== articleIndex && bodyLines(index).length > 0);
  expect(otherIndex).toBeDefined();
  const other = bodyLines(otherIndex!).find((box) => lineAtPoint(geometry.lines, box.x + box.width / 2, box.y + box.height / 2) === box.line)!;
  const otherPoint = await view.bringIntoView(other.x + other.width / 2, other.y + other.height / 2);
  await page.mouse.click(otherPoint.x, otherPoint.y);
  await expect(page.getByTestId('article-nav-where')).toContainText(`${otherIndex! + 1}/${detail.articleIds.length}`);
  await expect(workspace.rawLines.locator(`.raw-line.synced[data-line="${other.line}"]`)).toBeVisible();
  await expect(workspace.editor.locator('.synced')).toContainText(plainRun(detail.analysis.lines[other.line]!.text));
  await expect(view.currentLine).toHaveCount(1);
  expectOver(await view.currentLine.boundingBox(), await view.onScreen(other));

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('a page imported as text offers no printed page', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  const view = new PageViewPage(page);
  await new LibraryPage(page).selectPage(0);
  await new ArticleListPage(page).open(0);
  await expect(workspace.editor).toBeVisible();
  await expect(view.mode('page')).toHaveCount(0);
  await page.keyboard.press('Alt+V');
  await expect(workspace.rawLines).toBeVisible();
  await expect(view.pane).toHaveCount(0);
});
