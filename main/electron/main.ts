// The thin Electron shell: one hardened window over the same handlers the web
// harness serves. Everything else lives in main/ and knows nothing of Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/create-handlers';
import { openLibraryHost, type LibraryHost } from '../library/library-host';
import { readLocationFile } from '../library/location-file';
import { createSecretBox } from './secret-box';
import type { DesktopShell } from '../api/handlers/handler-context';
import { appRoot, appVersion, seedsDir, vocabularyDir } from '../app/app-root';
import { resolveDataDir } from '../app/data-dir';
import { toFailure } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import { IPC_CHANNEL } from '../../preload/create-bridge';
import { APP_INDEX_URL, isAppPageUrl } from '../web/app-protocol';
import { buildAppMenu } from './app-menu';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installSecurityGuards, secureWebPreferences } from './security';

const rendererDir = join(appRoot(), 'dist', 'renderer');
let mainWindow: BrowserWindow | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void openAppLibrary()
    .then(async ({ host, dataDir }) => {
      await app.whenReady();
      start(host, dataDir);
    })
    .catch((error: unknown) => {
      // Opening failed outright (a damaged file still opens, with its banner): say why and end, rather than stay with no window.
      dialog.showErrorBox('清稿 Qinggao', toFailure(error).error.message);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
}

/**
 * Chromium's own locale (the format of date fields and other built-in controls) follows the UI
 * language chosen in the app rather than the system's, and can only be set before ready. A local
 * library opens within this same turn of the event loop (its store settles at once), so it opens
 * before ready and its setting is read. A shared library needs the remembered password, which
 * safeStorage can only unseal after ready: it opens then, and built-in controls keep the default.
 */
async function openAppLibrary() {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  // Packaged builds carry the seeds as extraResources next to app.asar.
  const resources = app.isPackaged ? join(process.resourcesPath, 'seeds') : null;
  const databaseUrl = process.env.QINGGAO_DB || undefined;
  const shared = databaseUrl !== undefined || readLocationFile(dataDir).kind === 'shared';
  if (shared) await app.whenReady();
  const host = await openLibraryHost({
    dataDir,
    seedsDir: resources ? join(resources, 'pages') : seedsDir(),
    vocabularyDir: resources ? join(resources, 'vocab') : vocabularyDir(),
    secrets: shared ? createSecretBox() : undefined,
    databaseUrl,
    env: process.env,
  });
  if (!shared) {
    const settings = await host.library.services?.settings.get();
    app.commandLine.appendSwitch('lang', settings?.locale === 'en' ? 'en-US' : 'zh-CN');
  }
  return { host, dataDir };
}

function start(host: LibraryHost, dataDir: string): void {
  const { library } = host;
  // safeStorage answers only after ready: a local start opened its host without it.
  host.setSecrets(createSecretBox());
  const desktop: DesktopShell = {
    async pickFolder() {
      const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Revealed, selected in its parent folder, never opened: opening would run whatever the path names.
    showInFolder: (path) => shell.showItemInFolder(path),
  };
  const dispatch = createDispatch(createHandlers(library, { transport: 'electron', version: appVersion(), dataDir, desktop, host }));
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, request: unknown) => {
    // Only our own page, served over app://, may call in.
    if (!isAppPageUrl(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'unauthorized', message: bilingual('未知的调用方', 'Unknown sender') } };
    return dispatch(channel, request);
  });
  app.on('before-quit', () => library.close());

  serveAppProtocol(rendererDir);
  installSecurityGuards();
  Menu.setApplicationMenu(buildAppMenu(process.platform === 'darwin', !app.isPackaged));
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '清稿 Qinggao',
    show: false,
    webPreferences: secureWebPreferences(join(appRoot(), 'dist', 'electron', 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(APP_INDEX_URL);
}
