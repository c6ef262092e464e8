import type { Locator, Page } from '@playwright/test';

/** The 导出 dialog: scope, format, layout, and where the files went. */
export class ExportDialogPage {
  readonly dialog: Locator;
  readonly format: Locator;
  readonly layout: Locator;
  readonly result: Locator;
  readonly directory: Locator;
  readonly files: Locator;
  /** The folder to export to; empty for a new dated folder under the data folder. */
  readonly target: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('export-dialog');
    this.format = page.getByTestId('export-format');
    this.layout = page.getByTestId('export-layout');
    this.result = page.getByTestId('export-result');
    this.directory = page.getByTestId('export-directory');
    this.files = page.getByTestId('export-file');
    this.target = page.getByTestId('export-directory-input');
  }

  async exportAs(format: 'txt' | 'md' | 'html' | 'docx' | 'json' | 'csv', layout: 'per-article' | 'per-page' | 'per-issue' = 'per-article'): Promise<void> {
    await this.format.selectOption(format);
    await this.layout.selectOption(layout);
    await this.dialog.getByTestId('export-run').click();
    await this.result.waitFor();
  }

  async writtenFiles(): Promise<{ directory: string; files: string[] }> {
    return { directory: (await this.directory.innerText()).trim(), files: (await this.files.allInnerTexts()).map((file) => file.trim()) };
  }
}
