// The desktop window loads the renderer from app://qinggao/ rather than file://:
// a page from file:// may read any local file through fetch and <img>, and every
// file:// page shares one origin. app:// serves only the built renderer folder,
// with the same headers (CSP first) as the web harness. main/electron registers
// the scheme and hands each request here; this module knows nothing of Electron.
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './create-web-server';
import { resolveStaticFile } from './static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'qinggao';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppProtocolAnswer {
  status: number;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/** Whether `url` is a page of ours (app://qinggao/…); only such a page may call the API over IPC. */
export function isAppPageUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function answer(status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string): AppProtocolAnswer {
  return {
    status,
    body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  };
}

/** The answer to one app:// request: a file of `rendererDir`, or 404 for any other host, method or path. */
export function answerAppRequest(rendererDir: string, url: string, method = 'GET'): AppProtocolAnswer {
  if (!isAppPageUrl(url)) return answer(404, 'Not found', 'text/plain; charset=utf-8');
  if (method !== 'GET' && method !== 'HEAD') return answer(405, 'Method not allowed', 'text/plain; charset=utf-8');
  // The raw path, before URL parsing folds `..` away, so an escaped climb is judged as written.
  const afterScheme = url.slice(`${APP_SCHEME}://`.length);
  const rawPath = afterScheme.includes('/') ? afterScheme.slice(afterScheme.indexOf('/')) : '/';
  const file = resolveStaticFile(rendererDir, rawPath);
  if (!file) return answer(404, 'Not found', 'text/plain; charset=utf-8');
  return answer(200, new Uint8Array(readFileSync(file.path)), file.contentType);
}
