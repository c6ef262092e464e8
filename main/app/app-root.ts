// Finds the project root (the folder holding our package.json) from wherever the
// code runs: TypeScript sources under tsx, the esbuild bundles in dist/, or an
// Electron asar. Walking up avoids hard-coding how deep each entry point sits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function appRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'qinggao') return (cached = dir);
      } catch {
        // Not ours or unreadable: keep walking.
      }
    }
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('Cannot find the Qinggao package root');
    dir = parent;
  }
}

export function seedsDir(): string {
  return join(appRoot(), 'seeds', 'pages');
}

export function vocabularyDir(): string {
  return join(appRoot(), 'seeds', 'vocab');
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
