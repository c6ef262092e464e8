import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Plain pdftotext output of a development page printed by Chromium (scripts/corpus/fresh-pdf-pages.ts), frozen.
// pdftotext wrote the page's heads among the first block's merged rows, so no headline stands over the first
// article; its text closes on （开鲁县人民法院供稿）, and `本报通讯员 王海燕` under it signs the next article.
import creditThenByline from './test-support/extractor-pages/pdftotext-dev-byline-after-credit.txt?raw';

const page = (...lines: string[]) => `${lines.join('\n\n')}\n`;

describe('a byline under a closing credit', () => {
  it('opens the next article, whose headline the extractor wrote elsewhere', () => {
    const analysis = analyzePage(page(
      '草原上的巡回法庭',
      '本报通讯员 乌兰',
      '近日，阿巴嘎旗人民法院巡回法庭来到洪格尔高勒镇，就地审结一起草场租赁纠纷。',
      '（阿巴嘎旗法院供稿）',
      '本报通讯员 王海燕',
      '近日，准格尔旗人民法院审结一起网约配送员确认劳动关系纠纷案。',
    ));
    expect(analysis.articles.map(({ title, byline, credit }) => ({ title, byline, credit }))).toEqual([
      { title: '草原上的巡回法庭', byline: '本报通讯员 乌兰', credit: '（阿巴嘎旗法院供稿）' },
      { title: '', byline: '本报通讯员 王海燕', credit: null },
    ]);
  });

  it('closes the text above on its credit, wherever the page\'s headlines were written', () => {
    const articles = analyzePage(creditThenByline).articles;
    const closed = articles.findIndex((article) => article.credit === '（开鲁县人民法院供稿）');
    expect(closed).toBeGreaterThanOrEqual(0);
    expect(articles[closed].blocks.map((block) => block.text).join('')).not.toContain('准格尔旗');
    expect(articles[closed + 1]).toMatchObject({ byline: '本报通讯员 王海燕' });
    expect(articles[closed + 1].blocks[0].text).toMatch(/^近日，鄂尔多斯市准格尔旗人民法院/u);
  });
});

describe('a byline over a lead that opens on its dateline', () => {
  it('signs the next article, in the midst of another article\'s text', () => {
    const analysis = analyzePage(page(
      '草原上的巡回法庭',
      '本报通讯员 乌兰',
      '近日，阿巴嘎旗人民法院巡回法庭来到洪格尔高勒镇，就地审结一起草场租赁纠纷。',
      '法官在蒙古包里开庭，双方当场达成调解协议。',
      '本报通讯员 郝振东',
      '鄂尔多斯讯 5月中旬，鄂托克前旗人民法院在城川镇设立的生态修复司法实践基地迎来一批特殊的“植树人”。',
    ));
    expect(analysis.articles.map(({ title, byline, dateline }) => ({ title, byline, dateline }))).toEqual([
      { title: '草原上的巡回法庭', byline: '本报通讯员 乌兰', dateline: null },
      { title: '', byline: '本报通讯员 郝振东', dateline: '鄂尔多斯讯' },
    ]);
  });
});
