import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { defaultUserDataDir, resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('prefers --data, then QINGGAO_DATA, then the per-user folder', () => {
    expect(resolveDataDir(['--data', 'lib'], { QINGGAO_DATA: '/x' }, () => '/fallback')).toBe(resolve('lib'));
    expect(resolveDataDir(['--data=lib2'], {}, () => '/fallback')).toBe(resolve('lib2'));
    expect(resolveDataDir([], { QINGGAO_DATA: '/env/lib' }, () => '/fallback')).toBe(resolve('/env/lib'));
    expect(resolveDataDir([], {}, () => '/fallback')).toBe('/fallback');
  });

  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe('/home/a/.config/Qinggao');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Qinggao');
    expect(defaultUserDataDir('darwin', {})).toMatch(/Library\/Application Support\/Qinggao$/);
  });
});
