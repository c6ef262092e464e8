// Where the library lives. Electron passes app.getPath('userData'); the web
// harness and the CLI compute the same per-user folder so all three open one
// library. `--data DIR` or QINGGAO_DATA override both.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_FOLDER = 'Qinggao';

export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_FOLDER);
}

/** `--data DIR` (or `--data=DIR`) wins, then QINGGAO_DATA, then the fallback. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, fallback: () => string = defaultUserDataDir): string {
  const flag = readFlag(argv, '--data');
  if (flag) return resolve(flag);
  if (env.QINGGAO_DATA) return resolve(env.QINGGAO_DATA);
  return fallback();
}

export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === name) return argv[index + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
