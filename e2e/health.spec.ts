import type { ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { unprivilegedUser } from '../main/library/unprivileged-user';
import { test, expect, freshDataDir, screenshotPath, startHarness, stopHarness } from './fixtures';
import { ArticleListPage } from './pages/ArticleListPage';
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

/** SIGTERM, then how the harness ended. No SIGKILL fallback: a harness that ignores SIGTERM fails the test on its timeout. */
function terminate(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  return exited;
}

// A library the app may not write: file modes do not stop root, so the harness runs as `nobody` when the tests run as root.
test('a read-only library shows the read-only banner; reading and searching work, a change is refused with the message', async ({ context, target }) => {
  const dataDir = freshDataDir();
  try {
    const first = await startHarness(dataDir);
    await stopHarness(first.child);
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'library.sqlite'), 0o444);

    const second = await startHarness(dataDir, [], unprivilegedUser());
    try {
      const page = await context.newPage();
      await page.goto(second.url);
      const shell = new ShellPage(page);
      await expect(shell.healthBanner).toHaveAttribute('data-state', 'readonly');
      await expect(shell.healthBanner).toContainText('文库是只读的');
      await expect(shell.healthBanner).toContainText('可以阅读、检索和导出');
      const library = new LibraryPage(page);
      await expect(library.pageItems).toHaveCount(5);
      await library.search('党建');
      await expect(new ArticleListPage(page).rows.first()).toBeVisible();
      await page.screenshot({ path: screenshotPath(target, 'read-only-library') });

      // Switching the language saves a setting: refused, and said so in the banner.
      await shell.topBar.getByRole('button', { name: 'English', exact: true }).click();
      await expect(shell.healthBanner).toContainText('changes are not saved');
      await expect(shell.healthBanner.getByText(/Something went wrong: .*The library is read-only/)).toBeVisible();

    } finally {
      await stopHarness(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('SIGTERM closes the library and ends the harness at once, the journal checkpointed into the file; a read-only one too', async () => {
  const dataDir = freshDataDir();
  try {
    const first = await startHarness(dataDir);
    const { origin, searchParams } = new URL(first.url);
    const imported = await fetch(`${origin}/api/import:text`, {
      method: 'POST',
      headers: { 'X-Qinggao-Token': searchParams.get('token')!, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'before-sigterm.txt', text: '信号之前导入的稿件\n正文。\n' }),
    });
    expect((await imported.json()).ok).toBe(true);
    expect(statSync(join(dataDir, 'library.sqlite-wal')).size).toBeGreaterThan(0);

    expect(await terminate(first.child)).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'library.sqlite-wal'))).toBe(false);

    // Again on the same library, now read-only: it has the page, and a library that takes no writes closes cleanly too.
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'library.sqlite'), 0o444);
    const second = await startHarness(dataDir, [], unprivilegedUser());
    try {
      const { origin: again, searchParams: params } = new URL(second.url);
      const tree = await (await fetch(`${again}/api/library:tree`, { method: 'POST', headers: { 'X-Qinggao-Token': params.get('token')! }, body: '{}' })).json();
      expect(tree.data.flatMap((group: { pages: { source: string }[] }) => group.pages.map((entry) => entry.source))).toContain('before-sigterm.txt');
      expect(await terminate(second.child)).toEqual({ code: 0, signal: null });
    } finally {
      await stopHarness(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a journal removed while the app runs: the next change is refused, the banner says why, and a restart finds everything saved', async ({ context, target }) => {
  const dataDir = freshDataDir();
  try {
    const first = await startHarness(dataDir);
    try {
      const page = await context.newPage();
      await page.goto(first.url);
      const shell = new ShellPage(page);
      await expect(new LibraryPage(page).pageItems).toHaveCount(5);
      rmSync(join(dataDir, 'library.sqlite-wal'));

      // Switching the language saves a setting.
      await shell.topBar.getByRole('button', { name: 'English', exact: true }).click();
      await expect(shell.healthBanner).toHaveAttribute('data-state', 'readonly');
      await expect(shell.healthBanner).toContainText('文库的日志文件（library.sqlite-wal）在清稿运行时被删除或替换了');
      await expect(shell.healthBanner).toContainText('Every change saved so far was written back into the library file');
      await page.screenshot({ path: screenshotPath(target, 'journal-removed') });
    } finally {
      await stopHarness(first.child);
    }

    const second = await startHarness(dataDir);
    try {
      const page = await context.newPage();
      await page.goto(second.url);
      await expect(new LibraryPage(page).pageItems).toHaveCount(5);
      await expect(new ShellPage(page).healthBanner).toHaveCount(0);
    } finally {
      await stopHarness(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
