import { describe, expect, it } from 'vitest';
import { termMatch, toSearchGrams } from './search-grams';

describe('toSearchGrams', () => {
  it('turns each run of word characters into bigrams plus its last character, dropping punctuation', () => {
    expect(toSearchGrams('党建引领')).toBe('党建 建引 引领 领');
    expect(toSearchGrams('党建，引领')).toBe('党建 建 引领 领');
    expect(toSearchGrams('法')).toBe('法');
    expect(toSearchGrams('“”——')).toBe('');
  });

  it('splits letters and digits like ideographs, and handles characters outside the BMP', () => {
    expect(toSearchGrams('AI辅助 2024年')).toBe('AI I辅 辅助 助 20 02 24 4年 年');
    expect(toSearchGrams('𠮷野家')).toBe('𠮷野 野家 家');
  });
});

describe('termMatch', () => {
  it('asks for one character as a prefix, two as a token, more as a phrase of bigrams', () => {
    expect(termMatch('鄂')).toBe('"鄂"*');
    expect(termMatch('党建')).toBe('"党建"');
    expect(termMatch('诉源治理')).toBe('"诉源 源治 治理"');
    expect(termMatch('368')).toBe('"36 68"');
  });

  it('makes a run the term closes with punctuation end there in the text', () => {
    expect(termMatch('民法典》')).toBe('"民法 法典 典"');
    expect(termMatch('《民法典》与')).toBe('"民法 法典 典 与"*');
    expect(termMatch('法，')).toBe('"法"');
  });

  it('finds nothing to ask for in punctuation, and never passes FTS5 syntax through', () => {
    expect(termMatch('*')).toBeNull();
    expect(termMatch('——')).toBeNull();
    expect(termMatch('"党建" OR NEAR(')).toBe('"党建 建 OR R NE EA AR R"');
  });
});
