// The layering rules from DEVELOPERS.md, checked on the real tree: only
// main/electron/ imports electron; core/ imports nothing from Node, Electron, the
// DOM or the other layers; the renderer reaches main only through the API.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
const layers = ['core', 'main', 'preload', 'renderer', 'scripts', 'e2e'];

describe('architecture', () => {
  it("imports 'electron' only in main/electron/", () => {
    // TypeScript sources, as the acceptance grep reads them; scripts/start-electron.mjs only asks the electron package where its binary is.
    const offenders = layers
      .flatMap(sourceFiles)
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(`main${sep}electron${sep}`) && importsOf(file).includes('electron'));
    expect(offenders).toEqual([]);
  });

  it('keeps core/ pure', () => {
    const offenders = sourceFiles('core')
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('node:') || ['fs', 'path', 'os', 'electron', 'react', 'react-dom'].includes(spec) || /(^|\/)(main|renderer|preload)\//.test(spec))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(offenders).toEqual([]);
    const domUse = sourceFiles('core')
      .filter((file) => !file.endsWith('.test.ts') && /\b(document|window|localStorage)\./.test(withoutComments(readFileSync(join(root, file), 'utf8'))))
      .map((file) => relative(root, file));
    expect(domUse).toEqual([]);
  });

  it('lets the renderer import core/ but never main/', () => {
    const offenders = sourceFiles('renderer').flatMap((file) => importsOf(file).filter((spec) => /(^|\/)main\//.test(spec) || spec.startsWith('node:')).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});
