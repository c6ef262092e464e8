import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real MuPDF output (`mutool draw -F txt`) of a page of train articles printed by Chromium with other seeds
// (scripts/corpus/fresh-pdf-pages.ts), frozen: the headline, set over four lines of a narrow column,
// comes out as a block of three lines, a blank line, its last word alone (诈骗), then the writers' names.
import headInPieces from './test-support/extractor-pages/mutool-fresh-head-in-pieces.txt?raw';

const heads = (raw: string) => analyzePage(raw).articles.map((article) => ({ title: article.title.replace(/\s+/gu, ''), byline: article.byline }));

describe('a headline in pieces over its byline', () => {
  it('is one title, its last word no bare-name byline over the writers\' names', () => {
    expect(heads(headInPieces)[0]).toEqual({ title: '“高息理财”“以房养老”靠不靠谱？法官帮您识破养老诈骗', byline: '白雪 孙浩' });
  });

  it('keeps a notice\'s signature date above out of the head, and a notice\'s headline set beside it out of the byline\'s head', () => {
    const notice = ['关于调整诉讼服务时间的公告', '', '自即日起，本院诉讼服务中心周六上午照常对外服务。', '', '特此公告。', '', '二〇二五年七月一日', '', '16岁少年打工受伤', '', '雇主该担何责？', '', '本报记者●张瑶', '', '本报呼和浩特讯 近日，乙区人民法院审结一起劳务纠纷案件。'];
    expect(heads(notice.join('\n')).map((article) => article.title)).toEqual(['关于调整诉讼服务时间的公告', '16岁少年打工受伤雇主该担何责？']);
    // Two heads set side by side, written by pdftotext row by row: the notice's words are not the reporter's headline.
    const beside = ['上一篇文章到此结束。', '', '16岁少年打工受伤 关于诉讼服务热线', '', '雇主该担何责？', '', '升级运行的公告', '', '本报记者●张瑶', '', '本报呼和浩特讯 近日，乙区人民法院审结一起劳务纠纷案件。'];
    expect(heads(beside.join('\n')).some((article) => article.title.includes('16岁少年打工受伤') && article.title.includes('公告'))).toBe(false);
  });

  it('proves a punctuated question a headline by its court\'s writer under it (“闪婚闪离”，彩礼该不该返还？ / 奈曼旗法院 张晓燕)', () => {
    const raw = [
      '社会普遍认可的“定心丸”。',
      '',
      '“闪婚闪离”，彩礼该不该返还？',
      '奈曼旗法院 张晓燕',
      '',
      '婚嫁习俗中，彩礼承载着美好祝愿，但近年来因高额彩礼引发的纠纷时有发生。',
    ].join('\n');
    expect(heads(raw).at(-1)).toEqual({ title: '“闪婚闪离”，彩礼该不该返还？', byline: '奈曼旗法院 张晓燕' });
  });
});
