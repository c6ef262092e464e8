import { describe, expect, it } from 'vitest';
import { datelinePrefix } from './dateline-prefix';

describe('datelinePrefix', () => {
  it('finds a dateline run into its paragraph', () => {
    expect(datelinePrefix('新华网武汉7月8日电记者从湖北省高级人民法院获悉。')).toEqual({ dateline: '新华网武汉7月8日电', rest: '记者从湖北省高级人民法院获悉。', length: 10 });
    expect(datelinePrefix('赤峰讯 6月25日，赤峰市中级人民法院召开座谈会。')).toMatchObject({ dateline: '赤峰讯', rest: '6月25日，赤峰市中级人民法院召开座谈会。' });
  });

  it('is null for a paragraph that opens otherwise, or that is only a dateline', () => {
    expect(datelinePrefix('据介绍，专项行动聚焦涉民生案件。')).toBeNull();
    expect(datelinePrefix('锡林郭勒讯')).toBeNull();
    expect(datelinePrefix('通讯员李明参加了座谈会。')).toBeNull();
  });
});
