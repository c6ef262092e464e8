// Options for every better-sqlite3 connection main opens. Under Electron,
// scripts/start-electron.mjs builds the driver for Electron's ABI (the one in
// node_modules is Node's, for tests and the CLI) and names it in
// QINGGAO_SQLITE_BINDING; every connection must load that one.
import type { Options } from 'better-sqlite3';

export const SQLITE_BINDING_ENV = 'QINGGAO_SQLITE_BINDING';

export function sqliteOptions(options: Options = {}): Options {
  const nativeBinding = process.env[SQLITE_BINDING_ENV];
  return nativeBinding ? { ...options, nativeBinding } : options;
}
