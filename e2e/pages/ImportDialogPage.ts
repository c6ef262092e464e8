import type { Locator, Page } from '@playwright/test';

export interface FileToImport {
  name: string;
  buffer: Buffer;
  mimeType?: string;
}

/** The 导入 dialog: file/folder pickers, duplicate policy, progress and per-file results. */
export class ImportDialogPage {
  readonly dialog: Locator;
  readonly items: Locator;
  readonly summary: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('import-dialog');
    this.items = this.dialog.getByTestId('import-item');
    this.summary = this.dialog.getByTestId('import-summary');
    this.progress = this.dialog.getByTestId('import-progress');
  }

  /** Hands files to the (hidden) multi-file input, as the file chooser would. */
  async importFiles(files: FileToImport[]): Promise<void> {
    await this.dialog.getByTestId('import-files-input').setInputFiles(files.map((file) => ({ mimeType: 'text/plain', ...file })));
  }

  /** The result line for one file. */
  item(name: string): Locator {
    return this.items.filter({ hasText: name });
  }

  /** A note under a result: `encoding` (a doubtful detection), `replaced` (unreadable bytes) or `split` (cut into pages). */
  note(name: string, kind: 'encoding' | 'replaced' | 'split'): Locator {
    return this.item(name).getByTestId(`import-note-${kind}`);
  }

  /** 以其他编码重新导入: picks the encoding on the file's result line and re-imports it. */
  async reimport(name: string, encoding: string): Promise<void> {
    const control = this.item(name).getByTestId('import-reimport');
    await control.getByRole('combobox').selectOption(encoding);
    await control.getByRole('button').click();
  }

  async choosePolicy(label: '跳过' | '替换' | '保留两份' | 'Skip' | 'Replace' | 'Keep both'): Promise<void> {
    await this.dialog.getByLabel(label, { exact: true }).check();
  }

  close(): Promise<void> {
    return this.page.keyboard.press('Escape');
  }
}
