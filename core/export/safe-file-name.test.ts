import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueFileName } from './export-file-name';

describe('export file names', () => {
  it('joins date, court and title readably', () => {
    expect(safeFileStem(['2025-06-27', '鄂尔多斯市中级人民法院', '聚力打造党建品牌'])).toBe('2025-06-27_鄂尔多斯市中级人民法院_聚力打造党建品牌');
  });

  it('strips characters Windows forbids, control characters, and trailing dots and spaces', () => {
    expect(safeFileStem(['a<b>c:d"e/f\\g|h?i*j\u0001k. .'])).toBe('abcdefghijk');
    expect(safeFileStem([null, '  ', '标题'])).toBe('标题');
    expect(safeFileStem(['...'])).toBe('untitled');
  });

  it('avoids reserved device names and caps the length', () => {
    expect(safeFileStem(['CON'])).toBe('_CON');
    expect(safeFileStem(['lpt1.txt'])).toBe('_lpt1.txt');
    expect(Array.from(safeFileStem(['长'.repeat(500)])).length).toBe(120);
  });

  it('never reuses a taken name', () => {
    const taken = new Set(['a.txt', 'a (2).txt']);
    expect(uniqueFileName('a', 'txt', (name) => taken.has(name))).toBe('a (3).txt');
    expect(uniqueFileName('b', 'txt', (name) => taken.has(name))).toBe('b.txt');
  });
});
