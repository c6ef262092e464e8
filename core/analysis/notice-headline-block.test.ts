import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of a corpus train page printed by Chromium (corpus/README.md), frozen as
// it was when the test was written: a notice's headline opens a block of its own, as wide as the
// notice's column (关于公布违反“三个规定”问题举报渠道的公告), its text straight under it.
import p069 from './test-support/extractor-pages/pdftotext-train-p069.txt?raw';

describe('a notice\'s whole headline opening a block', () => {
  it('stands apart from the text under it, however full its line', () => {
    const notice = analyzePage(p069).articles.find((article) => article.title === '关于公布违反“三个规定”问题举报渠道的公告');
    expect(notice?.blocks[0].text).toMatch(/^为严格落实防止干预司法“三个规定”/u);
  });

  it('is no headline when the line is running text that ends on the word (现将有关事项公告)', () => {
    const page = analyzePage(['包头市九原区人民法院公告', '', '为方便群众诉讼，现将有关事项公告', '如下：一、立案时间为工作日上午九时至十二时。'].join('\n'));
    expect(page.articles.map((article) => article.title)).toEqual(['包头市九原区人民法院公告']);
  });
});
