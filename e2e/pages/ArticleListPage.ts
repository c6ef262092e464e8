import { expect, type Locator, type Page } from '@playwright/test';

/** Middle pane: article rows (title, status, tag chips, search snippet), the total, multi-select. */
export class ArticleListPage {
  readonly pane: Locator;
  readonly rows: Locator;
  readonly total: Locator;
  readonly marks: Locator;
  /** 已选 N 篇 (or 全选本页 with nothing selected), and how many of those the list does not show. */
  readonly selectionCount: Locator;
  readonly selectionElsewhere: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('article-list');
    this.rows = this.pane.getByTestId('article-row');
    this.total = page.getByTestId('list-total');
    this.marks = this.pane.locator('[data-testid="snippet"] mark');
    this.selectionCount = this.pane.getByTestId('selection-count');
    this.selectionElsewhere = this.pane.getByTestId('selection-elsewhere');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.locator('.article-title', { hasText: title }) });
  }

  /** Opens an article in the workspace (the list must already show the wanted scope: see `LibraryPage.selectPage`). */
  async open(index: number): Promise<void> {
    const title = this.rows.nth(index).locator('.article-title');
    await title.click();
    await expect(title).toHaveAttribute('aria-current', 'true');
  }

  /** Ticks a row's checkbox; `shift` extends the range from the last ticked row. */
  check(index: number, options: { shift?: boolean } = {}): Promise<void> {
    return this.rows.nth(index).getByTestId('article-check').click({ modifiers: options.shift ? ['Shift'] : [] });
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('.article-title').allInnerTexts();
  }

  clearSelection(): Promise<void> {
    return this.pane.getByTestId('clear-selection').click();
  }
}

