import { describe, expect, it } from 'vitest';
import { liveFlags } from './live-flags';

const block = (text: string, line: number, type: 'paragraph' | 'heading' = 'paragraph') => ({ type, text, lines: [line], pos: 0 });

describe('liveFlags', () => {
  it('flags doubled characters, unpaired quotes and a missing final stop in the current text', () => {
    const flags = liveFlags([block('孩子们们的日常生活，孩子们们的祝福。', 3), block('他说“好。', 5), block('小标题', 7, 'heading'), block('最后一段没有句号', 9)], 0);
    expect(flags.map((flag) => [flag.kind, flag.block, flag.line])).toEqual([
      ['doubled-char', 0, 3],
      ['doubled-char', 0, 3],
      ['unbalanced-quote', 1, 5],
      ['missing-final-punct', 3, 9],
    ]);
  });

  it('counts repeated flags in a block so each points at its own place', () => {
    expect(liveFlags([block('们们和们们。', 0)], 0).map((flag) => flag.occurrence)).toEqual([0, 1]);
  });

  it('is empty for clean text', () => {
    expect(liveFlags([block('一切正常。', 1)], 0)).toEqual([]);
  });
});
