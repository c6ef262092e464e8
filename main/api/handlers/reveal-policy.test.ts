import { describe, expect, it } from 'vitest';
import { mayReveal, revealableFolders } from './reveal-policy';

describe('what app:showInFolder may reveal', () => {
  const folders = revealableFolders('/home/editor/.config/Qinggao', ['/home/editor/Documents/六月导出']);

  it('reveals the data folder’s exports and backups and this session’s export folders, with what is in them', () => {
    for (const path of [
      '/home/editor/.config/Qinggao/exports',
      '/home/editor/.config/Qinggao/exports/2026-12-06T06-00-00-000Z/标题.docx',
      '/home/editor/.config/Qinggao/backups/library-2026-12-06.sqlite',
      '/home/editor/Documents/六月导出',
      '/home/editor/Documents/六月导出/标题.txt',
    ]) {
      expect(mayReveal(path, folders, 'linux'), path).toBe(true);
    }
  });

  it('refuses the data folder, the library file, neighbours that share a prefix, and everything else', () => {
    for (const path of [
      '/home/editor/.config/Qinggao',
      '/home/editor/.config/Qinggao/library.sqlite',
      '/home/editor/.config/Qinggao/exports-old',
      '/home/editor/Documents',
      '/home/editor/Documents/六月导出之外',
      '/etc/passwd',
      '/',
    ]) {
      expect(mayReveal(path, folders, 'linux'), path).toBe(false);
    }
  });

  it('compares without case where the file system does', () => {
    expect(mayReveal('/HOME/editor/.config/Qinggao/Exports/a.txt', folders, 'darwin')).toBe(true);
    expect(mayReveal('/HOME/editor/.config/Qinggao/Exports/a.txt', folders, 'linux')).toBe(false);
  });
});
