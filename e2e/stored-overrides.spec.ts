import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { test, expect, freshDataDir, startHarness, stopHarness } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
import { demoPageSource, LibraryPage } from './pages/LibraryPage';
import { WorkspacePage } from './pages/WorkspacePage';

// Page overrides edited by hand (or written by an older version): the page still
// opens, with what is valid applied, and the editor is told once what was set aside.
test.skip(({ target }) => target !== 'web', 'edits the data folder between two harness runs: web target only');

test('a page whose stored overrides were corrupted by hand opens, and says once what was set aside', async ({ context }) => {
  const dataDir = freshDataDir();
  try {
    const first = await startHarness(dataDir);
    await stopHarness(first.child);
    const db = new BetterSqlite3(join(dataDir, 'library.sqlite'));
    try {
      const changed = db.prepare('UPDATE pages SET overrides_json = ? WHERE source = ?').run(JSON.stringify({ roles: { '3': 'banner' }, colour: 'red', articleStarts: 'all' }), demoPageSource('002_b066')).changes;
      expect(changed).toBe(1);
    } finally {
      db.close();
    }

    const second = await startHarness(dataDir);
    try {
      const page = await context.newPage();
      await page.goto(second.url);
      const articles = new ArticleListPage(page);
      const workspace = new WorkspacePage(page);
      await new LibraryPage(page).openPage('002_b066');
      await expect(articles.rows).toHaveCount(5);
      await articles.open(0);
      await workspace.waitEditable();
      const note = page.getByTestId('dropped-overrides-note');
      await expect(note).toContainText('这一版面保存的修改中有 3 项无法读取');
      await expect(note).toContainText('roles.3, colour, articleStarts');
      await note.getByRole('button').click();
      await expect(note).toHaveCount(0);
      // Told once: another article of the same page does not say it again.
      await articles.open(1);
      await workspace.waitEditable();
      await expect(page.getByTestId('dropped-overrides-note')).toHaveCount(0);
    } finally {
      await stopHarness(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
