import { describe, expect, it } from 'vitest';
import { splitForFirstPaint } from './split-for-first-paint';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('splitForFirstPaint', () => {
  it('keeps short documents whole', () => {
    const doc = { type: 'doc', content: [paragraph('甲'), paragraph('乙')] };
    expect(splitForFirstPaint(doc, 10)).toEqual({ first: doc, rest: [] });
  });

  it('cuts after the block that passes the limit', () => {
    const doc = { type: 'doc', content: [paragraph('一二三'), paragraph('四五六'), paragraph('七八九')] };
    const { first, rest } = splitForFirstPaint(doc, 4);
    expect(first.content).toHaveLength(2);
    expect(rest).toEqual([paragraph('七八九')]);
  });
});
