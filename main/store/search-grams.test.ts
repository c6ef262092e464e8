import { describe, expect, it } from 'vitest';
import { isCjkOnly, toSearchGrams } from './search-grams';

describe('toSearchGrams', () => {
  it('turns each CJK run into bigrams plus its last character', () => {
    expect(toSearchGrams('党建引领')).toBe('党建 建引 引领 领');
    expect(toSearchGrams('党建，引领')).toBe('党建 建 ， 引领 领');
    expect(toSearchGrams('法')).toBe('法');
  });

  it('keeps other words for unicode61 and handles characters outside the BMP', () => {
    expect(toSearchGrams('AI辅助 2024年')).toBe('AI 辅助 助 2024 年');
    expect(toSearchGrams('𠮷野家')).toBe('𠮷野 野家 家');
  });

  it('recognizes CJK-only terms', () => {
    expect(isCjkOnly('党建')).toBe(true);
    expect(isCjkOnly('𠮷')).toBe(true);
    expect(isCjkOnly('AI')).toBe(false);
    expect(isCjkOnly('')).toBe(false);
  });
});
