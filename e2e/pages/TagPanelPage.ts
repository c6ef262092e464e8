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

  tag(name: string): Locator {
    return this.tags.filter({ hasText: name });
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
