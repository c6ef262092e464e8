// The app under test, started fresh for every test with its own data folder:
//   - web target: `node dist/web/serve.mjs --data <tmp> --port 0`, the printed URL
//     (with its token) opened in Chromium; the harness is killed afterwards.
//   - electron target: `_electron.launch` on dist/electron/main.cjs with `--data <tmp>`.
// Specs import `test` and `expect` from here and receive `page` (the app window),
// `app` (target, data folder, harness URL/token) and `saveScreenshot(name)` (PNG under e2e/screenshots/).
//
//   import { test, expect } from './fixtures';
//   test('…', async ({ page, app }) => { … });
import { test as base, expect, type Page } from '@playwright/test';
import { _electron, type ElectronApplication } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVE_SCRIPT = join(ROOT, 'dist', 'web', 'serve.mjs');
const ELECTRON_MAIN = join(ROOT, 'dist', 'electron', 'main.cjs');
const SCREENSHOT_DIR = join(ROOT, 'e2e', 'screenshots');

/** Where a named screenshot goes (gitignored). */
export function screenshotPath(target: AppTarget, name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${target}-${name}.png`);
}

export type AppTarget = 'web' | 'electron';

export interface AppTargetOptions {
  target: AppTarget;
}

export interface RunningApp {
  target: AppTarget;
  /** The library folder this test's app opened (fresh, seeded with the five seed pages). */
  dataDir: string;
  /** Web target only: the URL the harness printed, its origin `http://127.0.0.1:PORT`, and the per-run token. */
  url: string | null;
  baseUrl: string | null;
  token: string | null;
  electron: ElectronApplication | null;
}

/** The Electron binary path, or null when `node_modules/electron/dist` was never downloaded. */
export function electronBinary(): string | null {
  const electronDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING_REASON = 'Electron binary not installed (no network to download it); run with an Electron binary to enable';

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'qinggao-e2e-'));
}

/** Starts the web harness and resolves once it printed its URL. `user`: run it as another user (uid/gid; needs root), e.g. one who may not write the data folder. */
export function startHarness(dataDir: string, extraArgs: string[] = [], user: { uid?: number; gid?: number } = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE_SCRIPT, '--data', dataDir, '--port', '0', ...extraArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`web harness printed no URL within 30 s:\n${output}`)), 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`web harness exited (${code}) before printing its URL:\n${output}`)));
  });
}

export async function stopHarness(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Calls a channel of the running app's API the way its renderer does (HTTP with the token, or the Electron bridge); returns the data, failing the test on an error envelope. */
export type ApiCall = <T>(channel: string, request: unknown) => Promise<T>;

export const test = base.extend<{ app: RunningApp; api: ApiCall; saveScreenshot: (name: string) => Promise<void>; skipUnlessElectron: void }, AppTargetOptions>({
  target: ['web', { option: true, scope: 'worker' }],

  // Runs before the other fixtures so a skipped Electron test starts nothing.
  skipUnlessElectron: [
    async ({ target }, use) => {
      base.skip(target === 'electron' && electronBinary() === null, ELECTRON_MISSING_REASON);
      await use();
    },
    { auto: true },
  ],

  app: async ({ target }, use) => {
    const dataDir = freshDataDir();
    if (target === 'web') {
      const { child, url } = await startHarness(dataDir);
      const parsed = new URL(url);
      try {
        await use({ target, dataDir, url, baseUrl: parsed.origin, token: parsed.searchParams.get('token'), electron: null });
      } finally {
        await stopHarness(child);
        rmSync(dataDir, { recursive: true, force: true });
      }
      return;
    }
    const electron = await _electron.launch({
      executablePath: electronBinary()!,
      // Chromium's sandbox cannot start as root (containers, CI).
      args: [ELECTRON_MAIN, '--data', dataDir, ...(process.env.CI || process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: ROOT,
    });
    try {
      await use({ target, dataDir, url: null, baseUrl: null, token: null, electron });
    } finally {
      await electron.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  page: async ({ app, context }, use) => {
    let page: Page;
    if (app.electron) {
      page = await app.electron.firstWindow();
    } else {
      page = await context.newPage();
      await page.goto(app.url!);
    }
    await expect(page.getByTestId('app')).toBeVisible();
    await use(page);
  },

  api: async ({ app, page }, use) => {
    await use(async <T,>(channel: string, request: unknown): Promise<T> => {
      const envelope = (
        app.electron
          ? await page.evaluate(([name, body]) => (window as unknown as { qinggao: { invoke(c: string, r: unknown): Promise<unknown> } }).qinggao.invoke(name, body), [channel, request] as const)
          : await (await fetch(`${app.baseUrl}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Qinggao-Token': app.token! }, body: JSON.stringify(request) })).json()
      ) as { ok: boolean; data: T; error?: { message: string } };
      expect(envelope.ok, envelope.error?.message).toBe(true);
      return envelope.data;
    });
  },

  saveScreenshot: async ({ page, target }, use) => {
    await use(async (name) => {
      await page.screenshot({ path: screenshotPath(target, name) });
    });
  },
});

export { expect };
