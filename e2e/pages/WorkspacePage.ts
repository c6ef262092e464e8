import { expect, type Locator, type Page } from '@playwright/test';

/** The proofreading workspace: raw pane with break marks, fields, the body editor, status and panels. */
export class WorkspacePage {
  readonly root: Locator;
  readonly rawLines: Locator;
  readonly breakMarks: Locator;
  readonly currentBreak: Locator;
  /** The live TipTap editor; a long article first shows a read-only `preview` in its place. */
  readonly editor: Locator;
  readonly preview: Locator;
  readonly saveState: Locator;
  readonly uncertainCount: Locator;
  readonly conflictBanner: Locator;
  readonly cheatSheet: Locator;
  /** 拆分 / 与下一篇合并 / 设为小标题 / 移到… / 设为 ▾ above the body. */
  readonly structureToolbar: Locator;
  /** The right-click (or Shift+F10) menu on a line, and the toolbar's 设为 ▾ menu. */
  readonly structureMenu: Locator;
  readonly rolesMenu: Locator;
  /** What the last split or merge did, with 撤销. */
  readonly structureNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('workspace');
    this.rawLines = this.root.locator('.raw-lines');
    this.breakMarks = this.root.getByTestId('break-mark');
    this.currentBreak = this.root.locator('[data-testid="break-mark"].current');
    this.editor = this.root.getByTestId('article-editor');
    this.preview = this.root.getByTestId('article-preview');
    this.saveState = this.root.getByTestId('save-state');
    this.uncertainCount = this.root.getByTestId('uncertain-count');
    this.conflictBanner = this.root.getByTestId('conflict-banner');
    this.cheatSheet = this.root.getByTestId('cheat-sheet');
    this.structureToolbar = this.root.getByTestId('structure-toolbar');
    this.structureMenu = page.getByTestId('structure-menu');
    this.rolesMenu = page.getByTestId('structure-roles-menu');
    this.structureNotice = this.root.getByTestId('structure-notice');
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

  /** Waits for the live editor (not the first-paint preview) to take input. */
  async waitEditable(): Promise<void> {
    await expect(this.preview).toHaveCount(0);
    await expect(this.editor).toHaveAttribute('contenteditable', 'true');
  }

  /**
   * Types at the end of the body and checks it landed: the text is in the editor and the save
   * indicator says unsaved. A lost keystroke fails here, not at a later save or conflict check.
   * Not for typing during a conflict, where the indicator stays at conflict.
   */
  async typeAtEnd(text: string): Promise<void> {
    await this.waitEditable();
    await this.editor.locator('p').first().click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
    await expect(this.editor).toContainText(text);
    await expect(this.saveState).toHaveAttribute('data-state', 'dirty');
  }

  async waitSaved(): Promise<void> {
    await this.root.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  }

  panelTab(label: '疑点' | '规范化' | '比对' | '修订历史' | '标签'): Locator {
    return this.root.locator('.side-tabs').getByRole('tab', { name: label, exact: true });
  }

  /** A toolbar button by what it does: split, merge, role-heading, move, assign. */
  structureButton(command: 'split' | 'merge' | 'role-heading' | 'move' | 'assign'): Locator {
    return this.structureToolbar.locator(`[data-command="${command}"]`);
  }

  rawLine(line: number): Locator {
    return this.root.locator(`.raw-line[data-line="${line}"]`);
  }

  /** Right-clicks raw line `line` (0-based) and waits for its menu. */
  async openLineMenu(line: number): Promise<void> {
    await this.rawLine(line).click({ button: 'right' });
    await expect(this.structureMenu).toBeVisible();
  }

  /** Right-clicks the body block holding `text` and waits for its menu. */
  async openBlockMenu(text: string): Promise<void> {
    await this.editor.locator('p, h3', { hasText: text }).first().click({ button: 'right' });
    await expect(this.structureMenu).toBeVisible();
  }

  menuItem(name: string | RegExp, menu: Locator = this.structureMenu): Locator {
    return menu.getByRole('menuitem', { name });
  }
}
