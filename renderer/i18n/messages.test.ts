import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { translate } from './translate';

describe('messages', () => {
  for (const [domain, table] of Object.entries(messages)) {
    it(`${domain}: zh and en have the same keys and no empty strings`, () => {
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.zh).sort());
      for (const value of [...Object.values(table.zh), ...Object.values(table.en)]) expect(value.trim()).not.toBe('');
    });
    it(`${domain}: placeholders agree between zh and en`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const key of Object.keys(table.zh)) {
        expect(placeholders((table.en as Record<string, string>)[key]), `${domain}.${key}`).toEqual(placeholders((table.zh as Record<string, string>)[key]));
      }
    });
  }

  it('picks the English singular or plural by the number', () => {
    expect(translate('en', 'library.listTotal', { total: 1 })).toBe('1 article');
    expect(translate('en', 'library.listTotal', { total: 0 })).toBe('0 articles');
    expect(translate('en', 'export.done', { articles: 1, count: 2 })).toBe('Exported 1 article as 2 files to:');
    expect(translate('zh', 'library.listTotal', { total: 1 })).toBe('共 1 篇');
  });

  it('fills {name} placeholders and falls back to the key', () => {
    expect(translate('zh', 'import.progress', { done: 3, total: 5 })).toContain('3');
    expect(translate('en', 'common.appName')).toBe('Qinggao');
    expect(translate('zh', 'common.appName')).toBe('清稿');
  });
});
