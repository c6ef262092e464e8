import { describe, expect, it } from 'vitest';
import { rebaseChanges, type Replacement } from './rebase-changes';

function apply(text: string, replacements: readonly Replacement[]): string {
  let result = text;
  for (const { from, to, text: insert } of [...replacements].reverse()) result = result.slice(0, from) + insert + result.slice(to);
  return result;
}

describe('rebaseChanges', () => {
  it('gives the target itself when nothing was edited', () => {
    const base = '法院召开会议，强调：要坚持“三个效果”统一。';
    const target = '法院召开会议,强调:要坚持"三个效果"统一。';
    const { replacements, kept } = rebaseChanges(base, target, base);
    expect(apply(base, replacements)).toBe(target);
    expect(kept).toBe(0);
  });

  it('undoes the change around free edits and keeps the edits', () => {
    const base = '甲，乙。\n丙，丁。';
    const target = '甲,乙。\n丙,丁。';
    const current = '甲，乙（补）。\n新增段。\n丙，丁。';
    const { replacements, kept } = rebaseChanges(base, target, current);
    expect(apply(current, replacements)).toBe('甲,乙（补）。\n新增段。\n丙,丁。');
    expect(kept).toBe(0);
  });

  it('leaves a change alone where the editor rewrote that very spot, and counts it', () => {
    const base = '一，二，三。';
    const target = '一,二,三。';
    const current = '一；二，三。';
    const { replacements, kept } = rebaseChanges(base, target, current);
    expect(apply(current, replacements)).toBe('一；二,三。');
    expect(kept).toBe(1);
  });

  it('does not apply an insertion where the editor typed at the same place', () => {
    const base = '2024年9月';
    const target = '2024 年 9 月';
    const current = '2024x年9月';
    const { replacements, kept } = rebaseChanges(base, target, current);
    expect(apply(current, replacements)).toBe('2024x年 9 月');
    expect(kept).toBe(1);
  });
});
