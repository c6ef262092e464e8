import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../core/model/library';
import { articleTexts, mergeArticles, nodeText, type MergeSide } from './merge-articles';

const paragraph = (text: string, line: number | null = null): JSONContent => ({ type: 'paragraph', attrs: { line }, content: [{ type: 'text', text }] });
const fields = (values: Partial<ArticleFields>): ArticleFields => ({ title: '', subtitle: null, byline: null, dateline: null, credit: null, ...values });

const first: MergeSide = {
  fields: fields({ title: '法官进社区 普法零距离', byline: '本报记者●王雅妮', credit: '（张丽）' }),
  content: [paragraph('第一篇第一段。', 5), paragraph('第一篇第二段。', 6)],
};
const second: MergeSide = {
  fields: fields({ title: '湖北法院集中执行', subtitle: '——武汉中院专项行动纪实', byline: '通讯员●李明', dateline: '新华网武汉7月8日电', credit: '（新华社供稿）' }),
  content: [paragraph('记者从武汉中院获悉。', 12), paragraph('行动仍在继续。', 13)],
};

/** All characters, sorted: two texts hold the same characters when these are equal. */
const characters = (texts: string[]) => [...texts.join('')].sort().join('');

describe('mergeArticles', () => {
  it('keeps every character of both articles', () => {
    const merged = mergeArticles(first, second, { title: 10, subtitle: 11 });
    expect(characters(articleTexts(merged))).toBe(characters([...articleTexts(first), ...articleTexts(second)]));
    for (const text of articleTexts(second)) expect(articleTexts(merged)).toContain(text);
  });

  it('fills the first article’s empty fields and sets the others as blocks where they stood, saying which', () => {
    const merged = mergeArticles(first, second, { title: 10, subtitle: 11 });
    expect(merged.fields).toEqual({ ...first.fields, subtitle: '——武汉中院专项行动纪实', dateline: '新华网武汉7月8日电' });
    expect(merged.content.map(nodeText)).toEqual(['第一篇第一段。', '第一篇第二段。', '湖北法院集中执行', '通讯员●李明', '记者从武汉中院获悉。', '行动仍在继续。', '（新华社供稿）']);
    expect(merged.content[2]).toMatchObject({ type: 'heading', attrs: { level: 3, line: 10 } });
    expect(merged.notes).toEqual([
      { field: 'title', into: 'block', block: 2 },
      { field: 'subtitle', into: 'field' },
      { field: 'byline', into: 'block', block: 3 },
      { field: 'dateline', into: 'field' },
      { field: 'credit', into: 'block', block: 6 },
    ]);
  });

  it('keeps the second dateline in the body when the first article has one', () => {
    const merged = mergeArticles({ ...first, fields: { ...first.fields, dateline: '本报讯' } }, second);
    expect(merged.fields.dateline).toBe('本报讯');
    expect(merged.content.map(nodeText)).toContain('新华网武汉7月8日电');
    expect(merged.notes).toContainEqual({ field: 'dateline', into: 'block', block: 4 });
  });

  it('gives a first article without a headline the second one’s', () => {
    const merged = mergeArticles({ fields: fields({}), content: [paragraph('标题前的正文。')] }, { fields: fields({ title: '后一篇的标题' }), content: [paragraph('后一篇正文。')] });
    expect(merged.fields.title).toBe('后一篇的标题');
    expect(merged.content.map(nodeText)).toEqual(['标题前的正文。', '后一篇正文。']);
  });
});
