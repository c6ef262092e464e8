// The workspace as an editor sees it at the common screen sizes, in both languages: the app fills
// the window whatever the list length, the article toolbar keeps to one row, a long headline shows
// whole, and a raw line that is a whole paragraph wraps instead of ending in "…".
// QINGGAO_DOC_SCREENSHOTS=1 also writes docs/screenshots/workspace-<lang>-<w>x<h>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ROOT, test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';
import { WorkspacePage } from './pages/WorkspacePage';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const LANGUAGES = ['zh', 'en'] as const;

// 52 characters: longer than the title field is wide at every size.
const LONG_TITLE = '内蒙古自治区高级人民法院召开全区法院深化司法体制综合配套改革暨推进审判体系和审判能力现代化建设工作推进会';
const LONG_SUBTITLE = '——鄂尔多斯市鄂托克旗人民法院打造“红色领航·安肆隆”党建品牌工作纪实，以党建引领审判执行工作高质量发展';
// Page 001 prints every paragraph on one line; its 7th raw line is 185 characters long.
const LONG_LINE = 6;

/** Every pane reaches the bottom of the window, and nothing scrolls the document itself. */
async function expectFillsWindow(page: Page): Promise<void> {
  const box = await page.evaluate(() => ({
    viewport: window.innerHeight,
    document: document.documentElement.scrollHeight,
    app: document.querySelector('[data-testid="app"]')!.getBoundingClientRect().bottom,
    panes: Array.from(document.querySelectorAll('.panes > *'), (pane) => Math.round(pane.getBoundingClientRect().bottom)),
  }));
  expect.soft(box.document, 'the document is taller than the window').toBe(box.viewport);
  expect.soft(Math.round(box.app), 'the app stops short of the window').toBe(box.viewport);
  expect.soft(box.panes, 'the panes stop short of the window').toEqual([box.viewport, box.viewport, box.viewport]);
}

/** The header is as tall as its tallest button plus its own padding and rule: one row. */
async function toolbarRows(page: Page): Promise<{ height: number; oneRow: number }> {
  return page.locator('.workspace-header').evaluate((header) => {
    const style = getComputedStyle(header);
    const tallest = Math.max(...Array.from(header.querySelectorAll('button'), (button) => button.getBoundingClientRect().height));
    const frame = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    return { height: header.getBoundingClientRect().height, oneRow: tallest + frame + 1 };
  });
}

/** Whether an element shows all of its content: nothing scrolled away inside it, no ellipsis. */
function showsWhole(element: Element): { whole: boolean; detail: string } {
  const style = getComputedStyle(element);
  const whole = element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight && style.textOverflow !== 'ellipsis';
  return { whole, detail: `${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}, text-overflow ${style.textOverflow}` };
}

/** Buttons and labels whose text spills out of (or is clipped by) their own box. */
async function overflowingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll('[data-testid="app"] :is(button, label, .tabs button, .pane-title, .field-label, .list-total, .count)');
    const found: string[] = [];
    for (const element of Array.from(candidates)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(element).textOverflow === 'ellipsis') continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 30)}" ${element.scrollWidth} > ${element.clientWidth}`);
    }
    return found;
  });
}

for (const { width, height } of SIZES) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const language of LANGUAGES) {
      test(`${language}: the app fills the window, the toolbar is one row, the headline and raw lines show whole`, async ({ page }) => {
        const library = new LibraryPage(page);
        const articles = new ArticleListPage(page);
        const workspace = new WorkspacePage(page);
        if (language === 'en') await new ShellPage(page).switchLanguage('en');

        // A page of one article: a short list and no article open yet leave no band below.
        await library.openPage('001_1c72');
        await expect(articles.rows).toHaveCount(1);
        await expectFillsWindow(page);

        await articles.open(0);
        await workspace.waitEditable();
        await workspace.field('title').fill(LONG_TITLE);
        await workspace.field('subtitle').fill(LONG_SUBTITLE);
        await page.keyboard.press('Control+s');
        await workspace.waitSaved();
        await expectFillsWindow(page);

        const toolbar = await toolbarRows(page);
        expect.soft(toolbar.height, 'the article toolbar wraps to a second row').toBeLessThanOrEqual(toolbar.oneRow);

        // The raw and cleaned panes' headings are one row each, so the two texts start level.
        const headings = await workspace.root.locator('.pane-heading').evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().height)));
        expect.soft(headings[1], `pane headings ${headings.join(' / ')} px`).toBe(headings[0]);

        for (const field of ['title', 'subtitle'] as const) {
          await expect(workspace.field(field)).toHaveValue(field === 'title' ? LONG_TITLE : LONG_SUBTITLE);
          const shown = await workspace.field(field).evaluate(showsWhole);
          expect.soft(shown.whole, `the ${field} field cuts its text: ${shown.detail}`).toBe(true);
        }

        const longLine = workspace.rawLines.locator(`[data-line="${LONG_LINE}"] .line-text`);
        await expect(longLine).toBeVisible();
        expect((await longLine.textContent())!.length).toBeGreaterThan(150);
        const shown = await longLine.evaluate(showsWhole);
        expect.soft(shown.whole, `the raw line is cut: ${shown.detail}`).toBe(true);
        // The wrapped line stays inside the pane and its row, and the next row starts below it.
        const placed = await workspace.rawLines.evaluate((list, line) => {
          const row = list.querySelector(`[data-line="${line}"]`)!;
          const text = row.querySelector('.line-text')!.getBoundingClientRect();
          const next = list.querySelector(`[data-line="${line + 1}"]`)!.getBoundingClientRect();
          const pane = list.getBoundingClientRect();
          return { insidePane: text.right <= pane.right + 0.5, insideRow: text.bottom <= row.getBoundingClientRect().bottom + 0.5, nextBelow: next.top >= text.bottom - 0.5 };
        }, LONG_LINE);
        expect.soft(placed).toEqual({ insidePane: true, insideRow: true, nextBelow: true });

        expect.soft(await overflowingLabels(page)).toEqual([]);

        // The narrower library pane keeps each court's count on one line beside its name.
        await library.showTab('courts');
        const wrappedCounts = await library.pane.locator('.count').evaluateAll((counts) =>
          counts.filter((count) => count.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(count).lineHeight)).map((count) => count.textContent),
        );
        expect.soft(wrappedCounts, 'counts wrapped in the court browser').toEqual([]);
        await library.showTab('issues');

        if (process.env.QINGGAO_DOC_SCREENSHOTS) {
          const folder = join(ROOT, 'docs', 'screenshots');
          mkdirSync(folder, { recursive: true });
          await page.mouse.move(0, height - 1);
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.screenshot({ path: join(folder, `workspace-${language}-${width}x${height}.png`) });
        }
      });
    }
  });
}

test.describe('wrapped raw lines', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  /** The rows drawn in the raw pane stack without gaps or overlaps. */
  async function expectRowsStacked(page: Page): Promise<void> {
    const gaps = await page.locator('.raw-lines').evaluate((list) => {
      const rows = Array.from(list.querySelectorAll('[data-line]'), (row) => row.getBoundingClientRect());
      return rows.slice(1).map((row, index) => Math.round(row.top - rows[index]!.bottom)).filter((gap) => gap !== 0);
    });
    expect(gaps).toEqual([]);
  }

  /** Whether the element lies within the visible part of the scrolling pane. */
  function isInside(element: Locator, pane: string): Promise<boolean> {
    return element.evaluate((node, selector) => {
      const box = node.getBoundingClientRect();
      const view = document.querySelector(selector)!.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    }, pane);
  }

  /**
   * The line of the row at the top edge of the raw pane, and of the block at the top of the cleaned
   * pane; null for the moment between a scroll and the rows drawn for it.
   */
  function topLines(page: Page): Promise<{ raw: number; rawOffset: number; clean: number; cleanOffset: number } | null> {
    return page.evaluate(() => {
      const raw = document.querySelector('.raw-lines')!;
      const clean = document.querySelector('.clean-scroll')!;
      const rawTop = raw.getBoundingClientRect().top;
      const cleanTop = clean.getBoundingClientRect().top;
      const rawRow = Array.from(raw.querySelectorAll<HTMLElement>('[data-line]')).find((row) => row.getBoundingClientRect().bottom > rawTop + 1);
      const block = Array.from(clean.querySelectorAll<HTMLElement>('.article-body > [data-line]')).find((element) => element.getBoundingClientRect().bottom > cleanTop + 1);
      if (!rawRow || !block) return null;
      return {
        raw: Number(rawRow.dataset.line),
        rawOffset: Math.round(rawRow.getBoundingClientRect().top - rawTop),
        clean: Number(block.dataset.line),
        cleanOffset: Math.round(block.getBoundingClientRect().top - cleanTop),
      };
    });
  }

  test('the panes still scroll to the same line, and every uncertain break comes into view in both', async ({ page }) => {
    const articles = new ArticleListPage(page);
    const workspace = new WorkspacePage(page);
    await new LibraryPage(page).openPage('001_1c72');
    await articles.open(0);
    await workspace.waitEditable();

    // Wheel over the cleaned side: the raw row of the block now at its top comes to the raw pane's top.
    await workspace.editor.hover();
    await page.mouse.wheel(0, 1500);
    await expect.poll(async () => {
      const top = await topLines(page);
      return top !== null && top.clean > 0 && top.raw === top.clean && top.rawOffset === 0;
    }).toBe(true);
    await expectRowsStacked(page);

    // Wheel over the raw side: the cleaned side brings the first block from that line on to its top.
    await workspace.rawLines.hover();
    await page.mouse.wheel(0, 900);
    await expect.poll(async () => {
      const top = await topLines(page);
      return top !== null && top.clean >= top.raw && top.clean - top.raw < 6 && Math.abs(top.cleanOffset) <= 2;
    }).toBe(true);
    await expectRowsStacked(page);

    // Back to the top, then step through the uncertain breaks: each mark shows in the raw pane and in the text.
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => workspace.rawLines.evaluate((list) => list.scrollTop)).toBe(0);
    const count = Number(await workspace.uncertainCount.getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    await workspace.focusRawPane();
    for (let step = 0; step < count; step++) {
      await page.keyboard.press('j');
      await expect(workspace.currentBreak).toHaveCount(1);
      await expect.poll(() => isInside(workspace.currentBreak, '.raw-lines')).toBe(true);
      await expect.poll(() => isInside(workspace.editor.locator('.current-break'), '.clean-scroll')).toBe(true);
      await expectRowsStacked(page);
    }
  });

  test('a wider or narrower window wraps the raw lines anew and keeps the line at the top', async ({ page }) => {
    const articles = new ArticleListPage(page);
    const workspace = new WorkspacePage(page);
    await new LibraryPage(page).openPage('001_1c72');
    await articles.open(0);
    await workspace.waitEditable();
    await workspace.rawLines.hover();
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => workspace.rawLines.evaluate((list) => list.scrollTop)).toBeGreaterThan(600);
    // Let the follow settle, so only the resize moves anything.
    await expect.poll(async () => (await topLines(page))?.raw).toBeGreaterThan(10);
    const before = (await topLines(page))!.raw;

    for (const width of [1920, 1100]) {
      await page.setViewportSize({ width, height: 720 });
      await expect.poll(async () => (await topLines(page))?.raw).toBe(before);
      await expectRowsStacked(page);
    }
  });
});

test('a field that wraps is still one line of text: Enter adds no line, a pasted line break is dropped', async ({ page }) => {
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await new LibraryPage(page).openPage('001_1c72');
  await articles.open(0);
  await workspace.waitEditable();
  const title = workspace.field('title');
  await title.fill('党旗飞扬激励奋进\n勤政为民尽展光辉');
  await expect(title).toHaveValue('党旗飞扬激励奋进勤政为民尽展光辉');
  await title.press('End');
  await title.press('Enter');
  await title.pressSequentially('！');
  await expect(title).toHaveValue('党旗飞扬激励奋进勤政为民尽展光辉！');
});
