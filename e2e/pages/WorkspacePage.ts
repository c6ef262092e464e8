import type { Locator, Page } from '@playwright/test';

/** The proofreading workspace: raw pane with break marks, fields, the body editor, status and panels. */
export class WorkspacePage {
  readonly root: Locator;
  readonly rawLines: Locator;
  readonly breakMarks: Locator;
  readonly currentBreak: Locator;
  readonly editor: Locator;
  readonly saveState: Locator;
  readonly uncertainCount: Locator;
  readonly conflictBanner: Locator;
  readonly cheatSheet: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('workspace');
    this.rawLines = this.root.locator('.raw-lines');
    this.breakMarks = this.root.getByTestId('break-mark');
    this.currentBreak = this.root.locator('[data-testid="break-mark"].current');
    this.editor = this.root.getByTestId('article-editor');
    this.saveState = this.root.getByTestId('save-state');
    this.uncertainCount = this.root.getByTestId('uncertain-count');
    this.conflictBanner = this.root.getByTestId('conflict-banner');
    this.cheatSheet = this.root.getByTestId('cheat-sheet');
  }

  field(name: 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit'): Locator {
    return this.root.getByTestId(`field-${name}`);
  }

  breakMark(id: number | string): Locator {
    return this.root.locator(`[data-testid="break-mark"][data-break-id="${id}"]`);
  }

  /** Focuses the raw pane without clicking a mark, so its plain-key shortcuts apply. */
  async focusRawPane(): Promise<void> {
    await this.rawLines.focus();
  }

  paragraphs(): Locator {
    return this.editor.locator('p, h3');
  }

  status(label: '已清理' | '已校对' | '已签发'): Locator {
    return this.root.locator('.status-buttons').getByRole('button', { name: label, exact: true });
  }

  async waitSaved(): Promise<void> {
    await this.root.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  }

  panelTab(label: '疑点' | '规范化' | '比对' | '历史版本' | '标签'): Locator {
    return this.root.locator('.side-tabs').getByRole('tab', { name: label, exact: true });
  }
}
