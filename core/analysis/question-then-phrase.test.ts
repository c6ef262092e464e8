import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of a corpus train page printed by Chromium (corpus/README.md), frozen as
// it was when the test was written: after the first article's closing credit, the next headline is set
// on one line as a question and a phrase (“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗), over its lead.
import p007 from './test-support/extractor-pages/pdftotext-train-p007.txt?raw';

describe('a question, a space and a bare phrase on one line', () => {
  it('is a two-part headline: after a closing credit it opens the next article', () => {
    const titles = analyzePage(p007).articles.map((article) => article.title);
    expect(titles).toContain('“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗');
    expect(analyzePage(p007).articles.find((article) => article.title?.startsWith('“高息理财”'))?.credit).toBe('（科尔沁区人民法院供稿）');
  });

  it('is no headline when either part holds a pause or the question is a word or two (rows of two columns)', () => {
    const after = (line: string) => analyzePage(['（甲旗人民法院供稿）', line, '　　近年来，一些不法分子打着“高息理财”的幌子，专门把骗局对准老年人。'].join('\n')).articles.map((article) => article.title);
    expect(after('友，您还有什么提醒？ 要签订书面劳动合同')).not.toContain('友，您还有什么提醒？ 要签订书面劳动合同');
    expect(after('如何？ 还可以申请司法救助')).not.toContain('如何？ 还可以申请司法救助');
  });
});
