import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

type SyntheticEvent = { type: string; key?: string; code?: string; altKey?: boolean; isComposing?: boolean };

test('review shortcuts never fire while an IME composition is open, and do after it ends', async ({ page, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const articles = new ArticleListPage(page);
  const workspace = new WorkspacePage(page);
  await library.openPage('000_a039');
  await articles.open(0);
  await expect(workspace.breakMarks.first()).toBeVisible();

  // What an IME sends around a keystroke: composition events and keydowns flagged isComposing.
  const send = async (selector: string, events: SyntheticEvent[]) =>
    page.evaluate(
      ({ selector, events }) => {
        const element = document.querySelector(selector) as HTMLElement;
        element.focus();
        for (const event of events) {
          const init = { bubbles: true, cancelable: true, composed: true };
          element.dispatchEvent(
            event.type.startsWith('composition') ? new CompositionEvent(event.type, { ...init, data: '法' }) : new KeyboardEvent(event.type, { ...init, key: event.key, code: event.code, altKey: event.altKey, isComposing: event.isComposing }),
          );
        }
      },
      { selector, events },
    );

  // Raw pane, plain keys: `j` during a composition does nothing.
  await send('.raw-lines', [{ type: 'compositionstart' }, { type: 'keydown', key: 'j', code: 'KeyJ', isComposing: true }]);
  await expect(workspace.currentBreak).toHaveCount(0);
  // Some IMEs flag only the composition events: the guard still holds.
  await send('.raw-lines', [{ type: 'keydown', key: 'j', code: 'KeyJ', isComposing: false }]);
  await expect(workspace.currentBreak).toHaveCount(0);
  await send('.raw-lines', [{ type: 'compositionend' }, { type: 'keydown', key: 'j', code: 'KeyJ' }]);
  await expect(workspace.currentBreak).toHaveCount(1);
  const first = await workspace.currentBreak.getAttribute('data-break-id');

  // Editor, Alt chords: Alt+J mid-composition does not move; after compositionend it does.
  await send('.article-body', [{ type: 'compositionstart' }, { type: 'keydown', key: 'j', code: 'KeyJ', altKey: true, isComposing: true }]);
  await expect(workspace.currentBreak).toHaveAttribute('data-break-id', first!);
  await send('.article-body', [{ type: 'keydown', key: 'Enter', code: 'Enter', altKey: true, isComposing: true }]);
  await expect(workspace.currentBreak).not.toHaveClass(/by-hand/);
  await send('.article-body', [{ type: 'compositionend' }, { type: 'keydown', key: 'j', code: 'KeyJ', altKey: true }]);
  await expect(workspace.currentBreak).not.toHaveAttribute('data-break-id', first!);

  // `?` mid-composition is text, not the cheat sheet; afterwards in the raw pane it opens it.
  await send('.raw-lines', [{ type: 'compositionstart' }, { type: 'keydown', key: '?', isComposing: true }]);
  await expect(workspace.cheatSheet).toHaveCount(0);
  await send('.raw-lines', [{ type: 'compositionend' }, { type: 'keydown', key: '?' }]);
  await expect(workspace.cheatSheet).toBeVisible();
  await expect(workspace.cheatSheet).toContainText('下一个待审断行');
  await saveScreenshot('ime-cheat-sheet');
});
