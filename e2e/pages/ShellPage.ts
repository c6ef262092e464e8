import type { Locator, Page } from '@playwright/test';

/** The top bar and app-wide state: language, dialogs, health banner. */
export class ShellPage {
  readonly app: Locator;
  readonly topBar: Locator;
  readonly healthBanner: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.topBar = page.locator('.top-bar');
    this.healthBanner = page.getByTestId('health-banner');
  }

  /** 'zh' or 'en', as the app currently renders. */
  locale(): Promise<string | null> {
    return this.app.getAttribute('data-locale');
  }

  async switchLanguage(locale: 'zh' | 'en'): Promise<void> {
    await this.topBar.getByRole('button', { name: locale === 'zh' ? '中文' : 'English', exact: true }).click();
    await this.page.locator(`[data-testid="app"][data-locale="${locale}"]`).waitFor();
  }

  openImport(): Promise<void> {
    return this.page.getByTestId('open-import').click();
  }

  openExport(): Promise<void> {
    return this.page.getByTestId('open-export').click();
  }

  openVocabulary(): Promise<void> {
    return this.page.getByTestId('open-vocabulary').click();
  }
}
