// Window hardening: the renderer shows untrusted text, so it gets no Node, no
// navigation, no new windows, no permissions and no webviews.
import { app, session, type BrowserWindowConstructorOptions } from 'electron';

export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}

export function installSecurityGuards(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    // The window holds one page, app://qinggao/index.html, which main loads (that is no
    // will-navigate). Any navigation the page itself starts is refused, to another app://
    // path as much as to file:// or the web: the renderer never needs one.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
