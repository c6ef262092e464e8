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

  it('opens its notice as an official document\'s title (关于…的公告), though the article above ended without its stop', () => {
    const page = analyzePage(
      [
        '跟着执行法官过一天',
        '本报记者 王楠',
        '　　早上8点半，执行干警们已经在查控系统前忙碌起来。',
        '　　回到车上，吴昊看了看手机，还有4条当事人的留言没回',
        '关于举办2025年“法院开放日”活动的公告',
        '　　为增进社会各界对人民法院工作的了解，乌海市海南区人民法院定于2025年5月20日举办“法院开放日”活动。现将有关事项公告如下：',
        '（一）活动时间',
        '　　2025年5月20日上午9时。',
      ].join('\n'),
    );
    expect(page.articles.map((article) => article.title)).toEqual(['跟着执行法官过一天', '关于举办2025年“法院开放日”活动的公告']);
  });
});

