import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, PageAnalysis } from '../../core/model/page-analysis';
import { docFromAnalysis } from './doc-from-analysis';

const lines = ['标题', '', '他们说,', '好的 我们', '明天开庭。', '', '另一段'].map((text, index) => ({ index, text }));
const article: AnalyzedArticle = {
  title: '标题',
  subtitle: null,
  byline: null,
  dateline: null,
  credit: null,
  courts: [],
  themes: [],
  lines: [0, 2, 3, 4, 6],
  blocks: [
    { type: 'paragraph', text: '他们说，好的我们明天开庭。', lines: [2, 3, 4] },
    { type: 'heading', text: '另一段', lines: [6] },
  ],
};
const analysis = {
  lines,
  breaks: [2, 3, 4, 6].map((id) => ({ id, before: id - 1, after: id, kind: 'wrap' as const, decision: 'join' as const, confidence: 0.9, reason: '' })),
} as unknown as PageAnalysis;

describe('docFromAnalysis', () => {
  it('puts a break point where each raw line begins, through normalization changes', () => {
    const doc = docFromAnalysis(article, analysis);
    expect(doc.content![0]).toEqual({
      type: 'paragraph',
      attrs: { line: 2 },
      content: [
        { type: 'breakPoint', attrs: { breakId: 2, decision: 'split' } },
        { type: 'text', text: '他们说，' },
        { type: 'breakPoint', attrs: { breakId: 3, decision: 'join' } },
        { type: 'text', text: '好的我们' },
        { type: 'breakPoint', attrs: { breakId: 4, decision: 'join' } },
        { type: 'text', text: '明天开庭。' },
      ],
    });
    expect(doc.content![1]).toMatchObject({ type: 'heading', attrs: { level: 3, line: 6 } });
  });
});
