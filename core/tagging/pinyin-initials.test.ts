import { describe, expect, it } from 'vitest';
import { matchTagQuery, pinyinInitials } from './pinyin-initials';

describe('pinyinInitials', () => {
  it('gives the first letter of each character', () => {
    expect(pinyinInitials('鄂尔多斯')).toBe('eeds');
    expect(pinyinInitials('执行')).toBe('zx');
    expect(pinyinInitials('')).toBe('');
  });
});

describe('matchTagQuery', () => {
  const names = ['赤峰市中级人民法院', '鄂尔多斯市中级人民法院', '鄂尔多斯市东胜区人民法院', '执行', '多元解纷'];

  it('ranks Chinese substring matches first, earlier and shorter first', () => {
    expect(matchTagQuery('鄂尔多斯', names)).toEqual(['鄂尔多斯市中级人民法院', '鄂尔多斯市东胜区人民法院']);
    expect(matchTagQuery('中级', names)).toEqual(['赤峰市中级人民法院', '鄂尔多斯市中级人民法院']);
  });

  it('matches pinyin initials by prefix, then anywhere', () => {
    expect(matchTagQuery('eeds', names)).toEqual(['鄂尔多斯市中级人民法院', '鄂尔多斯市东胜区人民法院']);
    expect(matchTagQuery('ZX', names)).toEqual(['执行']);
    expect(matchTagQuery('dyjf', names)).toEqual(['多元解纷']);
    expect(matchTagQuery('zjrmfy', names)).toEqual(['赤峰市中级人民法院', '鄂尔多斯市中级人民法院']);
  });

  it('returns the first names for an empty query, and respects the limit', () => {
    expect(matchTagQuery(' ', names, 2)).toEqual(names.slice(0, 2));
  });
});
