import { describe, expect, it } from 'vitest';
import type { LineRole } from '../model/page-analysis';
import { analyzePage } from './analyze-page';
import { joinHeadlineFragments } from './headline-fragments';
import { extractPageLines } from './line-features';
// Real MuPDF output (`mutool draw -F txt`) of corpus train pages printed by Chromium (corpus/README.md), kept as they were when the test was written (test-support/extractor-pages/).
import fragmentAfterCredit from './test-support/extractor-pages/mutool-train-p029.txt?raw';
import fragmentAfterParagraph from './test-support/extractor-pages/mutool-train-p036.txt?raw';
import questionOverThreeLines from './test-support/extractor-pages/mutool-train-p015.txt?raw';
import questionAfterNotice from './test-support/extractor-pages/mutool-train-p049.txt?raw';
// MuPDF's text of a development-set page: a headline whose line stops on a modal verb (…这三类纠纷要 / 当心) over its byline.
import headOnModal from './test-support/extractor-pages/mutool-dev-head-stops-on-modal.txt?raw';
// …and one whose head's line stops on a negation (…打官司不 / 出苏木) under a notice signed under a long contact label.
import headOnNegation from './test-support/extractor-pages/mutool-dev-head-stops-on-negation.txt?raw';

const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title.replace(/\s+/gu, ''));

describe('a headline wrapped where its first line reads as a fragment', () => {
  it('takes the first line into the headline after a credit and after a finished paragraph', () => {
    expect(titles(fragmentAfterCredit)).toContain('从书记员到员额法官她用了九年');
    expect(titles(fragmentAfterParagraph)).toContain('牧民遇到纠纷为何先找“法官联络点”？');
  });

  it('takes two full lines into the headline, and a first line under a notice\'s date', () => {
    expect(titles(questionOverThreeLines)).toContain('草场承包经营权能否私下转让给外村人？');
    expect(titles(questionAfterNotice)).toContain('草场承包经营权能否私下转让给外村人？');
  });

  it('leaves a credit\'s wrapped tail, a byline of names and a court\'s name out of the headline under them', () => {
    const lines = extractPageLines(['特此公告。', '供稿）', '巡回法庭开进冬营盘', '王立新', '巡回法庭开进冬营盘', '甲旗人民法院', '巡回法庭开进冬营盘', '该院共调解纠纷十件。', '从书记员到员额法官 她用了', '九年']);
    const units = lines.map((line) => ({ lines: [line] }));
    const roles: LineRole[] = ['paragraph', 'paragraph', 'title', 'paragraph', 'title', 'paragraph', 'title', 'paragraph', 'paragraph', 'title'];
    expect(joinHeadlineFragments(units, roles)).toEqual([...roles.slice(0, 8), 'title', 'title']);
  });
});

describe('a head of two lines over another article\'s headline', () => {
  it('stays a headline of its own when its second line falls well short of its first (pdftotext, heads set side by side)', () => {
    const raw = [
      '表示，下一步将持续完善执行联动机制，推动更多',
      '案件在执行前端实现自动履行。',
      '',
      '昆都仑区法院冬季攻坚执',
      '结案件1536件',
      '',
      '她把调解做到了牧民心坎上',
      '',
      '——记科尔沁右翼中旗人民法院巴彦呼舒人民法庭庭长乌日娜',
      '',
      '本报通讯员 宝音 刘畅',
      '',
      '在兴安盟科尔沁右翼中旗，提起巴彦呼舒人民法庭庭长乌日娜，不少农牧民会竖起大拇指。',
    ].join('\n');
    const titles = analyzePage(raw).articles.map((article) => article.title.replace(/\s/gu, ''));
    expect(titles).toContain('她把调解做到了牧民心坎上');
    expect(titles.some((title) => title.includes('昆都仑区法院') && title.includes('她把调解'))).toBe(false);
  });
});

describe('a head\'s line that stops on a modal verb', () => {
  it('goes on into the short line under it over the byline that proves the head (MuPDF, a development page)', () => {
    const titles = analyzePage(headOnModal).articles.map((article) => article.title);
    expect(titles).toContain('法官说法：接羔季里这三类纠纷要当心');
    expect(titles).not.toContain('当心');
  });
});

describe('a head\'s line that stops on a negation', () => {
  it('goes on into the short line under it over its byline; the notice above keeps its contact line apart from its court (MuPDF, a development page)', () => {
    const articles = analyzePage(headOnNegation).articles;
    expect(articles.map((article) => article.title)).toContain('对话院长：让牧民打官司不出苏木');
    const texts = articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('婚姻家庭纠纷咨询电话：0482-5126148');
  });
});

