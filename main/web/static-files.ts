// The built renderer's files, for both ways the app is served: the web harness
// over HTTP and the desktop window over app:// (main/web/app-protocol.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside `root`, or null: percent-escapes decoded, `/` is index.html, nothing that climbs out of `root`. */
export function resolveStaticFile(root: string, urlPath: string): { path: string; contentType: string } | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const base = resolve(root);
  const target = resolve(join(base, relative));
  if (!target.startsWith(base + sep)) return null;
  if (!existsSync(target) || !statSync(target).isFile()) return null;
  return { path: target, contentType: contentTypeOf(target) };
}

export function readStaticFile(root: string, urlPath: string): { body: Buffer; contentType: string } | null {
  const file = resolveStaticFile(root, urlPath);
  return file ? { body: readFileSync(file.path), contentType: file.contentType } : null;
}
