import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, freshDataDir, screenshotPath, startHarness, stopHarness } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { ShellPage } from './pages/ShellPage';

// A damaged library file: the app says so and offers the latest backup.
test.skip(({ target }) => target !== 'web', 'prepares the data folder between two harness runs: web target only');

test('a damaged library shows the banner and restores the latest backup', async ({ context, target }) => {
  const dataDir = freshDataDir();
  try {
    // First run: seed the library and take a backup.
    const first = await startHarness(dataDir);
    const { origin, searchParams } = new URL(first.url);
    const backup = await fetch(`${origin}/api/backup:create`, { method: 'POST', headers: { 'X-Qinggao-Token': searchParams.get('token')! }, body: '{}' });
    expect(backup.status).toBe(200);
    await stopHarness(first.child);

    // Scribble over the SQLite header.
    const file = openSync(join(dataDir, 'library.sqlite'), 'r+');
    writeSync(file, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(file);
    for (const suffix of ['-wal', '-shm']) rmSync(join(dataDir, `library.sqlite${suffix}`), { force: true });

    const second = await startHarness(dataDir);
    try {
      const page = await context.newPage();
      await page.goto(second.url);
      const shell = new ShellPage(page);
      await expect(shell.healthBanner).toContainText('文库已损坏');
      await page.screenshot({ path: screenshotPath(target, 'damaged-library') });
      await shell.healthBanner.getByRole('button', { name: '恢复最近的备份' }).click();
      await expect(shell.healthBanner).toHaveCount(0);
      await expect(page.getByRole('status')).toContainText('已从备份');
      await expect(new LibraryPage(page).pageItems).toHaveCount(5);
    } finally {
      await stopHarness(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
