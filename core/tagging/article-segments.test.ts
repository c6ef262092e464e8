import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../model/page-doc';
import { articleSegments } from './article-segments';

const base: ArticleDoc = { title: '标题', subtitle: null, byline: '本报记者●某某', dateline: '赤峰讯', credit: '（赤峰市中院供稿）', blocks: [], courts: [], themes: [] };

describe('articleSegments', () => {
  it('labels fields and blocks in reading order, the first paragraph as the lead', () => {
    const article = { ...base, blocks: [{ type: 'heading' as const, text: '小标题' }, { type: 'paragraph' as const, text: '导语' }, { type: 'paragraph' as const, text: '正文' }, { type: 'caption' as const, text: '图片说明' }] };
    expect(articleSegments(article).map((segment) => [segment.place, segment.block])).toEqual([
      ['title', null], ['byline', null], ['dateline', null], ['heading', 0], ['lead', 1], ['body', 2], ['caption', 3], ['credit', null],
    ]);
  });

  it('takes the first caption for the lead of a photo story', () => {
    const article = { ...base, blocks: [{ type: 'caption' as const, text: '▲法官调解纠纷。' }, { type: 'caption' as const, text: '▲当事人握手言和。' }] };
    expect(articleSegments(article).filter((segment) => segment.block !== null).map((segment) => segment.place)).toEqual(['lead', 'caption']);
  });

  it('takes the name of a court signing a notice at its end for a credit, not a body mention', () => {
    const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
    const article = { ...base, credit: null, blocks: [paragraph('本院定于近日公开拍卖下列财产。'), paragraph('特此公告。'), paragraph('锡林浩特市人民法院'), paragraph('2025年3月1日')] };
    expect(articleSegments(article).filter((segment) => segment.block !== null).map((segment) => segment.place)).toEqual(['lead', 'body', 'credit', 'body']);
    // The same name inside the text, or a sentence ending in 法院, stays body.
    const inText = { ...base, credit: null, blocks: [paragraph('导语。'), paragraph('锡林浩特市人民法院'), paragraph('正文。'), paragraph('案件已移送锡林浩特市人民法院。')] };
    expect(articleSegments(inText).filter((segment) => segment.block !== null).map((segment) => segment.place)).toEqual(['lead', 'body', 'body', 'body']);
  });

  it('takes the first paragraph that says something for the lead, not a label or a byline run into the text', () => {
    const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
    const article = { ...base, blocks: [paragraph('赵晓宁【案情】'), paragraph('2024年3月，消费者刘某在网店购物。'), paragraph('正文。')] };
    expect(articleSegments(article).filter((segment) => segment.block !== null).map((segment) => segment.place)).toEqual(['body', 'lead', 'body']);
  });

  it('takes nothing from a headline wholly in brackets, the credit of the article before', () => {
    expect(articleSegments({ ...base, title: '（松山区人民法院 邹文静）' }).map((segment) => segment.place)).not.toContain('title');
  });
});
