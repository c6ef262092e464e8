import { describe, expect, it } from 'vitest';
import { removeCjkSpacing } from './cjk-spacing';

describe('removeCjkSpacing', () => {
  it('closes letter-spaced text, a radical (⾥ U+2FA5) from PDF extraction counting as a Han character', () => {
    expect(removeCjkSpacing('“ 这 ⾥ 是 我 们')).toEqual({ text: '“这⾥是我们', changes: 5 });
    expect(removeCjkSpacing('他说：“ 这 ⾥ 是 我 们 的 家 ”。').text).toBe('他说：“这⾥是我们的家”。');
    expect(removeCjkSpacing('法 治 之 光 照 亮 草 原').text).toBe('法治之光照亮草原');
  });

  it('counts exactly what it changes: once applied there is nothing left to change', () => {
    for (const text of ['“ 这 ⾥ 是 我 们', '2024 年 9 月', '本报记者 ● 王雅妮', '这 里 是 12 项']) {
      const once = removeCjkSpacing(text);
      expect(once.changes).toBeGreaterThan(0);
      expect(removeCjkSpacing(once.text)).toEqual({ text: once.text, changes: 0 });
    }
  });

  it('keeps the space between Han phrases and in a spaced two-character name', () => {
    for (const text of ['本报记者 王 伟 通讯员 李明', '党建引领“双推进” 同频共振', '标题 上半 下半']) expect(removeCjkSpacing(text)).toEqual({ text, changes: 0 });
  });
});
