import { describe, expect, it } from 'vitest';
import { liveFlags } from './live-flags';
import { replacedCharacterLine } from './replaced-character-line';

describe('replacedCharacterLine', () => {
  it('finds the raw line of each replaced character in a paragraph joined from several lines', () => {
    const rawLines = ['标题', '', '本报讯　法院组织', '干警走\ufffd进社区，开', '展普法\ufffd宣传，发放资\ufffd料。'].map((text, index) => ({ index, text }));
    const block = { type: 'paragraph' as const, text: '本报讯　法院组织干警走\ufffd进社区，开展普法\ufffd宣传，发放资\ufffd料。', lines: [2, 3, 4], pos: 0 };
    const flags = liveFlags([block], 0).filter((flag) => flag.kind === 'replaced-char');
    expect(flags.map((flag) => flag.line)).toEqual([2, 2, 2]);
    expect(flags.map((flag) => replacedCharacterLine(flag, block.lines, rawLines))).toEqual([3, 4, 4]);
  });

  it('keeps the block line when the raw text no longer has that many (typed in by the editor)', () => {
    const block = { type: 'paragraph' as const, text: '法院\ufffd', lines: [0], pos: 0 };
    const [flag] = liveFlags([block], 0);
    expect(replacedCharacterLine(flag, block.lines, [{ index: 0, text: '法院' }])).toBe(0);
  });
});
