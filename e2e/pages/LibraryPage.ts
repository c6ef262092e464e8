import type { Locator, Page } from '@playwright/test';

/** Left pane: search box, filters, and the issue / court / theme browsers. */
export class LibraryPage {
  readonly pane: Locator;
  readonly pageItems: Locator;
  readonly issueItems: Locator;
  readonly searchInput: Locator;
  readonly courtFilter: Locator;
  readonly themeFilter: Locator;
  readonly statusFilter: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('library-pane');
    this.pageItems = this.pane.getByTestId('page-item');
    this.issueItems = this.pane.getByTestId('issue-item');
    this.searchInput = page.getByTestId('search-input');
    this.courtFilter = page.getByTestId('filter-court');
    this.themeFilter = page.getByTestId('filter-theme');
    this.statusFilter = page.getByTestId('filter-status');
  }

  /** Types a query and presses Enter (no waiting for the debounce). */
  async search(query: string): Promise<void> {
    await this.searchInput.fill(query);
    await this.searchInput.press('Enter');
  }

  showTab(tab: 'issues' | 'courts' | 'themes'): Promise<void> {
    return this.page.getByTestId(`library-tab-${tab}`).click();
  }

  /** A court in the court browser (tab 法院), by canonical name. */
  court(name: string): Locator {
    return this.pane.locator(`[data-testid="court-item"][data-court="${name}"]`);
  }

  /** A theme in the theme browser (tab 主题). */
  theme(name: string): Locator {
    return this.pane.locator(`[data-testid="theme-item"][data-theme="${name}"]`);
  }

  selectPage(index: number): Promise<void> {
    return this.pageItems.nth(index).click();
  }
}
