import { describe, expect, it } from 'vitest';
import { removeCjkSpacing } from './cjk-spacing';

describe('removeCjkSpacing', () => {
  it('leaves letter-spaced text to its own rule (letter-spacing.ts)', () => {
    expect(removeCjkSpacing('法 治 之 光 照 亮 草 原')).toEqual({ text: '法 治 之 光 照 亮 草 原', changes: 0 });
  });

  it('counts exactly what it changes: once applied there is nothing left to change', () => {
    for (const text of ['他说 ， 好', '2024 年 9 月', '本报记者 ● 王雅妮', '这 里 是 12 项']) {
      const once = removeCjkSpacing(text);
      expect(once.changes).toBeGreaterThan(0);
      expect(removeCjkSpacing(once.text)).toEqual({ text: once.text, changes: 0 });
    }
  });

  it('keeps the space between Han phrases and in a spaced two-character name', () => {
    for (const text of ['本报记者 王 伟 通讯员 李明', '党建引领“双推进” 同频共振', '标题 上半 下半']) expect(removeCjkSpacing(text)).toEqual({ text, changes: 0 });
  });
});
