import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path inside `root`, refusing anything that climbs out of it. */
export function readStaticFile(root: string, urlPath: string): { body: Buffer; contentType: string } | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const target = normalize(join(root, relative));
  if (!target.startsWith(normalize(root) + sep)) return null;
  if (!existsSync(target) || !statSync(target).isFile()) return null;
  return { body: readFileSync(target), contentType: CONTENT_TYPES[extname(target)] ?? 'application/octet-stream' };
}
