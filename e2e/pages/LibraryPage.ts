import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { ROOT } from '../fixtures';

/** The demo pages are imported under the readable names seeds/pages/pages.json gives their files. */
const DEMO_PAGES = (JSON.parse(readFileSync(join(ROOT, 'seeds', 'pages', 'pages.json'), 'utf8')) as { pages: Array<{ file: string; name: string }> }).pages;

/** The source a demo page is stored under, from the start of its seed file name ('001_1c72'). */
export function demoPageSource(file: string): string | null {
  const page = DEMO_PAGES.find((candidate) => candidate.file.startsWith(file));
  return page ? `${page.name}.txt` : null;
}

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

  /** Selects a 版面 and waits until the article list shows its articles, not the previous scope's. */
  async selectPage(index: number): Promise<void> {
    await this.showPage(this.pageItems.nth(index));
  }

  /** Selects the demo 版面 whose seed file name starts with `source` (e.g. '001_1c72'), else the one showing `source`, as `selectPage`. */
  async openPage(source: string): Promise<void> {
    const demo = demoPageSource(source);
    const bySource = this.pane.locator(`[data-testid="page-item"][data-source^="${demo ?? source}"]`);
    await this.showPage(demo ? bySource : bySource.or(this.pageItems.filter({ hasText: source })));
  }

  /** Selects the given page item, as `selectPage`. */
  async showPage(item: Locator): Promise<void> {
    await item.click();
    // The list is marked busy in the same render that marks the page current; it goes idle once
    // this page's listing has arrived (earlier listings are dropped). A row clicked before that
    // would belong to the previous scope.
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(this.page.getByTestId('list-total')).toHaveAttribute('aria-busy', 'false');
  }
}
