import type { Locator, Page } from '@playwright/test';

/** The 词表 dialog: court/theme lists with counts, add form, entry editor, import/export. */
export class VocabularyDialogPage {
  readonly dialog: Locator;
  readonly list: Locator;
  readonly entry: Locator;
  readonly newName: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('vocabulary-dialog');
    this.list = this.dialog.getByTestId('vocabulary-list');
    this.entry = this.dialog.getByTestId('vocabulary-entry');
    this.newName = this.dialog.getByTestId('vocabulary-new-name');
  }

  showKind(label: '法院词表' | '主题词表'): Promise<void> {
    return this.dialog.getByRole('tab', { name: label }).click();
  }

  item(name: string): Locator {
    return this.list.getByRole('button').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async add(name: string): Promise<void> {
    await this.newName.fill(name);
    await this.dialog.getByRole('button', { name: '添加', exact: true }).click();
  }

  /** Opens the import/export section. */
  openTransfer(): Promise<void> {
    return this.dialog.locator('.vocabulary-transfer > summary').click();
  }
}
