import { describe, expect, it } from 'vitest';
import { pairsWithinLines } from './pairs-within-lines';

describe('pairsWithinLines', () => {
  const lines = ['内蒙古自治区⾼级⼈⺠法院召开会议，', '部署春耕时节涉农', '案件审理工作。'];
  const questions: Array<[string, string, boolean]> = [
    ['法', '院', true],
    // The page writes 人民 as radicals (⼈⺠): either form finds it.
    ['人', '民', true],
    ['⼈', '民', true],
    ['高', '级', true],
    // Two lines' edges are no pair inside a line, nor are characters parted by a mark.
    ['，', '部', false],
    ['农', '案', false],
    ['议', '部', false],
    ['院', '部', false],
  ];

  it('answers alike whether it searches the text (the first questions) or its set (after many)', () => {
    const seen = pairsWithinLines(lines);
    const rounds = Array.from({ length: 12 }, () => questions.map(([before, after]) => seen(before, after)));
    // 12 rounds of 8 questions pass the searched ones: the later rounds are answered from the set.
    for (const answers of rounds) expect(answers).toEqual(questions.map(([, , expected]) => expected));
  });
});
