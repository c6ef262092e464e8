// `serve.mjs --help` and a mistyped flag: usage, an exit code, and nothing started
// or created — run as the real entry in a child process with an empty home.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'qinggao-serve-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function serve(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') };
  delete env.QINGGAO_DATA;
  delete env.QINGGAO_PORT;
  // A server that did start would never exit on its own: the timeout turns that into a failure.
  return spawnSync(process.execPath, ['--import', 'tsx', 'main/web/serve.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
}

describe('serve entry arguments', () => {
  it('prints the bilingual usage for --help and -h and exits 0 without touching any folder', () => {
    for (const flag of ['--help', '-h']) {
      const run = serve(flag);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('用法 / Usage');
      expect(run.stdout).toContain('--data DIR');
      expect(run.stdout).not.toContain('Open:');
      expect(readdirSync(home)).toEqual([]);
    }
  });

  it('names an unknown flag, prints the usage and exits 2 without starting anything', () => {
    const run = serve('--dat', '/tmp/somewhere');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'--dat'");
    expect(run.stderr).toContain('用法 / Usage');
    expect(run.stdout).not.toContain('Open:');
    expect(readdirSync(home)).toEqual([]);
  });

  it('refuses stray words and a port that is not a number', () => {
    for (const args of [['start'], ['--port', 'abc']]) {
      const run = serve(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('用法 / Usage');
      expect(run.stdout).not.toContain('Open:');
    }
    expect(readdirSync(home)).toEqual([]);
  });
});
