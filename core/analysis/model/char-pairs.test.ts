import { describe, expect, it } from 'vitest';
import { assignColumns, pairBonus } from '../extractor-artifacts/column-assignment';
import { columnPiece } from '../extractor-artifacts/column-piece';
import { pairsWithinLines } from '../pairs-within-lines';
import { pairInformation, parseCharPairs } from './char-pairs';

describe('the language’s character pairs', () => {
  it('hold a word’s own pairs far above chance, and none for characters that meet by chance', () => {
    // Court news writes 法院 and 调解 as words: each character of the pair is often elsewhere too, but far more often with the other.
    expect(pairInformation('法', '院')).toBeGreaterThan(3);
    expect(pairInformation('调', '解')).toBeGreaterThan(3);
    expect(pairInformation('院', '法')).toBeLessThan(pairInformation('法', '院'));
    expect(pairInformation('解', '院')).toBe(0);
    // Only Han characters pair; a radical an extractor wrote reads as its ideograph (⼈⺠ for 人民).
    expect(pairInformation('，', '法')).toBe(0);
    expect(pairInformation('⼈', '⺠')).toBe(pairInformation('人', '民'));
    expect(pairInformation('人', '民')).toBeGreaterThan(0);
  });

  it('refuse a table of another version or a level that is not pairs', () => {
    expect(() => parseCharPairs({ version: 2, trainedOn: { articles: 0, characters: 0, pairs: 0 }, step: 0.5, levels: {} })).toThrow(/version/u);
    expect(() => parseCharPairs({ version: 1, trainedOn: { articles: 0, characters: 0, pairs: 1 }, step: 0.5, levels: { '1.5': '法院调' } })).toThrow(/malformed/u);
    expect(parseCharPairs({ version: 1, trainedOn: { articles: 0, characters: 0, pairs: 2 }, step: 0.5, levels: { '1.5': '法院调解' } }).get('调'.charCodeAt(0) * 0x10000 + '解'.charCodeAt(0))).toBe(1.5);
  });

  it('tell which column a line reads on from where the page writes the pair nowhere else', () => {
    // Two columns each left a sentence open (…经审 / …依法调); the lines below start 解纠纷 and 理认为, each on a line
    // of its own, the second column's first. The page writes neither 审理 nor 调解 inside a line.
    const texts = ['旗人民法院经审 工作室依法调', '解纠纷二十余件。', '理认为原告诉求成立。'];
    const pieces = [
      { ...columnPiece('旗人民法院经审', 7), line: 0 },
      { ...columnPiece('工作室依法调', 7), line: 0 },
      { ...columnPiece('解纠纷二十余件。', 7), line: 1 },
      { ...columnPiece('理认为原告诉求成立。', 7), line: 2 },
    ];
    const page = pairsWithinLines(texts);
    expect(page('审', '理')).toBe(false);
    expect(page('调', '解')).toBe(false);
    expect(assignColumns(pieces, 2, 0, null).columns).toEqual([0, 1, 0, 1]);
    expect(assignColumns(pieces, 2, 0, pairBonus(page)).columns).toEqual([0, 1, 1, 0]);
  });
});
