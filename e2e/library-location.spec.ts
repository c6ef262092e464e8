import pg from 'pg';
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

// The office workflow on a real PostgreSQL server (the test cluster `npm test` starts): connect to
// an empty shared library, go back to this computer, send a page there, and find it in the shared
// library with its articles. Skipped, with the reason, where no server is configured.
const serverUrl = process.env.QINGGAO_TEST_PG_URL;
test('sends a page from this computer to a shared library on a real server and finds it there', async ({ page, api, saveScreenshot }) => {
  test.skip(!serverUrl, 'QINGGAO_TEST_PG_URL is not set: no PostgreSQL server to connect to');
  const server = new URL(serverUrl!);
  const database = `qinggao_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  try {
    const library = new LibraryPage(page);
    const location = new LibraryLocationDialogPage(page);
    const shared = { host: server.hostname, port: Number(server.port), database, user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) };
    await expect(library.pageItems).toHaveCount(5);

    await location.open();
    await location.fillServer(shared);
    await location.connectButton.click();
    await expect(location.dialog).toHaveCount(0);
    await expect(page.getByTestId('open-library-location')).toHaveAttribute('data-location', 'shared');
    // A new shared library: the court list is there, no page yet.
    await expect(library.pageItems).toHaveCount(0);
    await saveScreenshot('library-location-shared-empty');

    await location.open();
    await location.chooseLocal();
    await location.connectButton.click();
    await expect(location.dialog).toHaveCount(0);
    await expect(library.pageItems).toHaveCount(5);

    await library.pageItems.first().click();
    await page.getByTestId('open-transfer').click();
    await page.getByTestId('transfer-target-page').check();
    await page.getByTestId('transfer-run').click();
    await expect(page.getByTestId('transfer-summary')).toBeVisible();
    await expect(page.getByTestId('transfer-item')).toHaveCount(1);
    await saveScreenshot('library-transfer-report');
    await page.keyboard.press('Escape');

    await location.open();
    await location.fillServer(shared);
    await location.connectButton.click();
    await expect(location.dialog).toHaveCount(0);
    await expect(library.pageItems).toHaveCount(1);
    const list = await api<{ total: number }>('articles:list', { offset: 0, limit: 50 });
    expect(list.total).toBeGreaterThan(0);
    await saveScreenshot('library-location-shared-with-page');
  } finally {
    // Back to this computer before the database goes, so the app holds no connection to it.
    await api('library:connect', { kind: 'local' }).catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});
