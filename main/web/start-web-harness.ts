import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/create-handlers';
import { openLibraryHost } from '../library/library-host';
import { appRoot, appVersion, seedsDir, vocabularyDir } from '../app/app-root';
import { createWebServer } from './create-web-server';
import { isLoopbackAddress } from './loopback';

export interface WebHarnessOptions {
  dataDir: string;
  /** A shared library (postgres://…) to open instead of the remembered choice; its password may come from PGPASSWORD. */
  databaseUrl?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  staticDir?: string;
}

export interface WebHarness {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export class RefusedBindError extends Error {}

export async function startWebHarness(options: WebHarnessOptions): Promise<WebHarness> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) {
    throw new RefusedBindError(`拒绝绑定到 ${host}：网页模式只监听本机回环地址（127.0.0.1 / ::1）。Refusing to bind to ${host}: the web harness only listens on loopback.`);
  }
  const staticDir = options.staticDir ?? join(appRoot(), 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${staticDir}/index.html missing): run \`npm run build\` first.`);
  }
  // The web harness cannot keep a password (no system keychain here): it comes from the URL or the environment.
  const libraryHost = await openLibraryHost({ dataDir: options.dataDir, seedsDir: seedsDir(), vocabularyDir: vocabularyDir(), databaseUrl: options.databaseUrl, env: process.env });
  const { library } = libraryHost;
  const handlers = createHandlers(library, { transport: 'http', version: appVersion(), dataDir: options.dataDir, host: libraryHost });
  const token = randomBytes(24).toString('base64url');
  const server = createWebServer({ dispatch: createDispatch(handlers), staticDir, token });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          library.close();
          resolve();
        });
      }),
  };
}
