import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Text layouts of whole development-set pages (tune8): a court's report of a competition's results (…的通报) in a tight
// one-line-per-paragraph layout, a roundup named a 速览 in a markdown layout, and a case story whose first section is
// named without brackets (基本案情) under its byline, over the dateline that opens the story, in an indented layout.
import noticeTongbao from './test-support/extractor-pages/oneline-tight-dev-notice-tongbao.txt?raw';
import roundupSulan from './test-support/extractor-pages/markdown-mixed-dev-roundup-sulan.txt?raw';
import caseLabelUnderByline from './test-support/extractor-pages/indented-dev-case-label-under-byline.txt?raw';
// …and a roundup named a 撷英 (tune9), its items each under a short head of its own, one line to a paragraph, indented.
import roundupXieying from './test-support/extractor-pages/indented-oneline-dev-roundup-xieying.txt?raw';

const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('the genres that name a document or a roundup', () => {
  it('reads a court\'s report (…的通报) as an official document\'s title', () => {
    expect(titles(noticeTongbao)).toContain('通辽市中级人民法院关于第四届全市法院优秀案例分析评选结果的通报');
  });

  it('reads a roundup named a 速览 as a roundup\'s headline over its items', () => {
    expect(titles(roundupSulan)).toEqual(['守护千年游牧“活遗产”', '驼乡法苑速览', '产业园里的“法治下午茶”']);
  });

  it("reads a roundup named a 撷英 (selected items) as a roundup's headline, not the first item head's first line", () => {
    expect(titles(roundupXieying)).toContain('大青山下法苑撷英');
  });
});

describe('a case\'s first section named without brackets under the byline', () => {
  it('opens the section, not an article, though a dateline opens the text under it', () => {
    const page = titles(caseLabelUnderByline);
    expect(page).toContain('帮邻居搭牛棚摔伤 被帮工人该不该赔');
    expect(page).not.toContain('基本案情');
  });
});

// MuPDF's text of a development page (tune9): a roundup's headline wrapped before its genre's word (土默川上法苑 / 速递).
import roundupHeadTail from './test-support/extractor-pages/mutool-dev-roundup-head-tail.txt?raw';

describe('a roundup headline wrapped before its genre word', () => {
  it('goes on to the word, which names the roundup: no section label stands there', () => {
    expect(titles(roundupHeadTail)).toContain('土默川上法苑速递');
  });
});
