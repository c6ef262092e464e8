import { describe, expect, it } from 'vitest';
import { charDiff, mapOffset, type DiffOp } from './char-diff';

const apply = (ops: DiffOp[], side: 'before' | 'after') => ops.filter((op) => op.kind === 'equal' || op.kind === (side === 'before' ? 'delete' : 'insert')).map((op) => op.text).join('');

describe('charDiff', () => {
  it('reconstructs both sides', () => {
    const cases: Array<[string, string]> = [
      ['', ''],
      ['abc', ''],
      ['', '法院'],
      ['人民法院,依法审理', '人民法院，依法审理。'],
      ['他们们说"好"', '他们说“好”'],
      ['abcabba', 'cbabac'],
    ];
    for (const [before, after] of cases) {
      const ops = charDiff(before, after);
      expect(apply(ops, 'before')).toBe(before);
      expect(apply(ops, 'after')).toBe(after);
    }
  });

  it('finds a minimal script', () => {
    expect(charDiff('全面进步,全面过硬', '全面进步，全面过硬')).toEqual([
      { kind: 'equal', text: '全面进步' },
      { kind: 'delete', text: ',' },
      { kind: 'insert', text: '，' },
      { kind: 'equal', text: '全面过硬' },
    ]);
  });

  // Its speed is a target in `npm run bench -- editing`, not here.
  it('reconstructs a long text with scattered edits, each one a minimal change', () => {
    const before = '审判业务精的党员庭长担任支部书记，'.repeat(1200);
    const after = before.replace(/，/g, (match, offset: number) => (offset % 7 === 0 ? ',' : match));
    const ops = charDiff(before, after);
    expect(apply(ops, 'before')).toBe(before);
    expect(apply(ops, 'after')).toBe(after);
    const edits = [...before].filter((character, offset) => character === '，' && offset % 7 === 0).length;
    expect(ops.filter((op) => op.kind === 'insert').map((op) => op.text).join('')).toBe(','.repeat(edits));
  });

  it('maps offsets across edits', () => {
    const ops = charDiff('ab cd', 'abcd');
    expect(mapOffset(ops, 0)).toBe(0);
    expect(mapOffset(ops, 3)).toBe(2);
    expect(mapOffset(ops, 5)).toBe(4);
  });
});
