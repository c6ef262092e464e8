import { describe, expect, it } from 'vitest';
import { takeLeadingDateline } from './leading-dateline';
import { nodeText } from './merge-articles';

const block = {
  type: 'paragraph',
  attrs: { line: 9 },
  content: [
    { type: 'text', text: '新华网武汉7月8日电记者从湖北' },
    { type: 'breakPoint', attrs: { breakId: 10, decision: 'join' } },
    { type: 'text', text: '省高级人民法院获悉。' },
  ],
};

describe('takeLeadingDateline', () => {
  it('takes the dateline out of the first paragraph, keeping its break points', () => {
    const taken = takeLeadingDateline([block], '记者从湖北省高级人民法院获悉。', '新华网武汉7月8日电');
    expect(taken.dateline).toBe('新华网武汉7月8日电');
    expect(nodeText(taken.content[0])).toBe('记者从湖北省高级人民法院获悉。');
    expect(taken.content[0].content?.some((child) => child.type === 'breakPoint')).toBe(true);
  });

  it('leaves a paragraph the editor changed alone, and takes no dateline then', () => {
    const taken = takeLeadingDateline([block], '记者从湖北省高院获悉。', '新华网武汉7月8日电');
    expect(taken).toEqual({ content: [block], dateline: null });
  });
});
