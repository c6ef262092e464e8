import { spawnSync } from 'node:child_process';
import { test, expect, freshDataDir, SERVE_SCRIPT } from './fixtures';
import { rmSync } from 'node:fs';

// The renderer shows untrusted OCR text: it must not be able to leave the app,
// open windows, or reach Node; the web harness must not serve anyone without
// the per-run token, nor listen beyond loopback.

test('navigation to another origin is blocked and the app stays', async ({ page, app }) => {
  const appUrl = page.url();
  if (app.target === 'web') {
    // No network in tests: anything not served by the harness fails like an unreachable host would.
    await page.route((url) => url.origin !== app.baseUrl, (route) => route.abort('aborted'));
  }
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin).toBe(new URL(appUrl).origin);
  await expect(page.getByTestId('app')).toBeVisible();
  await expect(page.getByTestId('page-item')).toHaveCount(5);
});

test('the content security policy refuses requests to other origins', async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'fetched';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
});

test('window.open is denied', async ({ page, app }) => {
  const popups: unknown[] = [];
  page.on('popup', (popup) => popups.push(popup));
  app.electron?.on('window', (window) => popups.push(window));
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  await page.waitForTimeout(300);
  expect(opened).toBe(true);
  expect(popups).toHaveLength(0);
});

test('the renderer has no Node: no require, process or module', async ({ page }) => {
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    module: typeof (window as unknown as Record<string, unknown>).module,
    bufferGlobal: typeof (window as unknown as Record<string, unknown>).Buffer,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bufferGlobal: 'undefined' });
});

test.describe('web harness', () => {
  test.skip(({ target }) => target !== 'web', 'web harness only');

  test('an API call without the token is refused with 401', async ({ app }) => {
    const withoutToken = await fetch(`${app.baseUrl}/api/library:tree`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(withoutToken.status).toBe(401);
    const wrongToken = await fetch(`${app.baseUrl}/api/library:tree`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Qinggao-Token': 'not-the-token' }, body: '{}' });
    expect(wrongToken.status).toBe(401);
    const withToken = await fetch(`${app.baseUrl}/api/library:tree`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Qinggao-Token': app.token! }, body: '{}' });
    expect(withToken.status).toBe(200);
  });

  test('a static request without the token is refused with 401', async ({ app }) => {
    for (const path of ['/', '/index.html']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect(response.status, path).toBe(401);
    }
    expect((await fetch(`${app.baseUrl}/?token=${app.token}`)).status).toBe(200);
  });

  test('starting the harness on 0.0.0.0 is refused', async () => {
    const dataDir = freshDataDir();
    try {
      const result = spawnSync(process.execPath, [SERVE_SCRIPT, '--data', dataDir, '--port', '0', '--host', '0.0.0.0'], { encoding: 'utf8', timeout: 20_000 });
      expect(result.status).not.toBe(0);
      expect(result.status).not.toBeNull();
      expect(result.stderr).toContain('Refusing to bind to 0.0.0.0');
      expect(result.stdout).not.toContain('Open:');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
