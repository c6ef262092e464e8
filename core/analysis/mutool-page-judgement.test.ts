import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real MuPDF output (`mutool draw -F txt`) of corpus train pages printed by Chromium (corpus/README.md),
// kept as they were when the tests were written (test-support/extractor-pages/).
import wrappedSignatureBody from './test-support/extractor-pages/mutool-train-p001-rebuilt.txt?raw';

const heads = (raw: string) => analyzePage(raw).articles.map(({ title, byline }) => [title, byline]);

describe('page judgement on MuPDF output (issue #9)', () => {
  it('keeps a notice\'s signature in the notice when the column wrapped the court\'s name (内蒙古自治区高级人 / 民法院)', () => {
    const analysis = analyzePage(wrappedSignatureBody);
    expect(heads(wrappedSignatureBody).map(([title]) => title)).not.toContain('内蒙古自治区高级人');
    const notice = analysis.articles.find((article) => article.title === '关于2025年春节期间诉讼服务安排的通知');
    expect(notice?.blocks.slice(-4).map((block) => block.text).join('|')).toMatch(/^特此通知。\|内蒙古自治区高级人\|?民法院\|2025年1月20日$/u);
    expect(analysis.furniture).not.toContain('2025年1月20日');
  });
});
