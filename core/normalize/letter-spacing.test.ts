import { describe, expect, it } from 'vitest';
import { closeLetterSpacing } from './letter-spacing';

describe('closeLetterSpacing', () => {
  it('closes letter-spaced text, a radical (⾥ U+2FA5) from PDF extraction counting as a Han character', () => {
    expect(closeLetterSpacing('“ 这 ⾥ 是 我 们')).toEqual({ text: '“这⾥是我们', changes: 5 });
    expect(closeLetterSpacing('他说：“ 这 ⾥ 是 我 们 的 家 ”。').text).toBe('他说：“这⾥是我们的家”。');
    expect(closeLetterSpacing('法 院 专 刊')).toEqual({ text: '法院专刊', changes: 3 });
    expect(closeLetterSpacing('本 报 讯').text).toBe('本报讯');
  });

  it('leaves a spaced two-character name and spaces between phrases', () => {
    for (const text of ['本报记者 王 伟 通讯员 李明', '巡回法庭走进牧区 调解纠纷就在家门口']) expect(closeLetterSpacing(text)).toEqual({ text, changes: 0 });
  });
});
