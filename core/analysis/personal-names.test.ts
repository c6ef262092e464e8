import { describe, expect, it } from 'vitest';
import { isSurnameLedName, isSurnameLedNames } from './personal-names';

describe('surname-led names', () => {
  it('reads words led by a common surname as names, single or compound', () => {
    expect(isSurnameLedNames('田晓燕 张磊')).toBe(true);
    expect(isSurnameLedNames('欧阳明远 李婷')).toBe(true);
    expect(isSurnameLedName('王')).toBe(false);
  });

  it('reads a head\'s phrases, a Mongolian name or one word alone as no such names', () => {
    expect(isSurnameLedNames('法官 护航')).toBe(false);
    expect(isSurnameLedNames('萨仁 杨振华')).toBe(false);
    expect(isSurnameLedNames('张磊')).toBe(false);
    expect(isSurnameLedNames('张晓燕 调解成功')).toBe(false);
  });
});
