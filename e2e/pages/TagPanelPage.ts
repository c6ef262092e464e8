import type { Locator, Page } from '@playwright/test';

/** The TagPanel of the open article (mounted in the workspace). */
export class TagPanelPage {
  readonly panel: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly tags: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('tag-panel');
    this.input = this.panel.getByTestId('tag-input');
    this.options = this.panel.getByRole('option');
    this.tags = this.panel.getByTestId('article-tag');
    this.suggestions = this.panel.getByTestId('tag-suggestion');
  }

  /** A confirmed tag chip. */
  tag(name: string): Locator {
    return this.panel.locator(`[data-testid="article-tag"][data-name="${name}"]`);
  }

  /** A pending suggestion (engine suggestion or stored 'suggested' tag). */
  suggestion(name: string): Locator {
    return this.panel.locator(`[data-testid="tag-suggestion"][data-name="${name}"]`);
  }

  /**
   * Shows the panel for the article open in the workspace. The workspace keeps it
   * behind a 标签 / Tags tab; click that tab unless the panel is already visible.
   */
  async open(): Promise<void> {
    const tab = this.page.getByTestId('workspace').getByRole('tab', { name: /^(标签|Tags)$/ });
    await this.panel.or(tab).first().waitFor();
    if (!(await this.panel.isVisible())) await tab.click();
    await this.panel.waitFor();
  }

  /** Keyboard only: focus the add box, type (Chinese or pinyin initials), ↓ `down` times, Enter. */
  async addByKeyboard(query: string, down = 0): Promise<void> {
    await this.input.focus();
    await this.page.keyboard.type(query);
    await this.options.first().waitFor();
    for (let step = 0; step < down; step++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }
}
