import { test, expect } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { LibraryLocationDialogPage } from './pages/LibraryLocationDialogPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

// 文库位置 against a server that is not there: the message says so, the library on this computer
// stays open and usable, and switching back to it works. Needs no PostgreSQL: port 1 refuses.
test('a shared server that cannot be reached leaves the local library open; switching back to it works', async ({ page, app, api, saveScreenshot }) => {
  const library = new LibraryPage(page);
  const list = new ArticleListPage(page);
  const location = new LibraryLocationDialogPage(page);
  await expect(library.pageItems).toHaveCount(5);
  // Nobody chose a shared server yet: nothing to send anywhere, nothing new in the tree.
  await expect(page.getByTestId('open-transfer')).toHaveCount(0);
  await expect(page.getByTestId('open-library-location')).toHaveAttribute('data-location', 'local');

  await location.open();
  await expect(location.dialog).toBeVisible();
  await expect(location.current).toContainText('本机文库');
  await expect(location.current).toContainText(app.dataDir);
  await location.fillServer({ host: '127.0.0.1', port: 1, database: 'qinggao', user: 'editor' });
  if (app.target === 'web') await expect(location.passwordNote).toContainText('PGPASSWORD');
  await saveScreenshot('library-location-form');

  await location.connectButton.click();
  await expect(location.error).toContainText('连不上共享文库服务器');
  await expect(location.error).toContainText('127.0.0.1');
  await expect(location.connectButton).toBeEnabled();
  await saveScreenshot('library-location-unreachable');

  // Behind the dialog the library on this computer is still the open one, and still answers.
  const info = await api<{ location: { kind: string }; fallback: string | null }>('library:location', {});
  expect(info.location.kind).toBe('local');
  expect((await api<unknown[]>('library:tree', {})).length).toBeGreaterThan(0);

  await location.useLocalButton.click();
  await expect(location.dialog).toHaveCount(0);
  await expect(library.pageItems).toHaveCount(5);
  await library.pageItems.first().click();
  await expect(list.rows.first()).toBeVisible();
  await list.open(0);
  await expect(new WorkspacePage(page).editor).toBeVisible();

  // Choosing this computer from the dialog itself: the dialog closes, the workspace starts afresh on the same library.
  await location.open();
  await expect(location.current).toContainText('本机文库');
  await location.chooseLocal();
  await location.connectButton.click();
  await expect(location.dialog).toHaveCount(0);
  await expect(library.pageItems).toHaveCount(5);
  await expect(page.getByTestId('open-library-location')).toHaveAttribute('data-location', 'local');
  await saveScreenshot('library-location-back-to-local');
});
