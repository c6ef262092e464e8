import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), kept as
// they were when the test was written: a headline that fills the body's measure, with its writers'
// bare names (no 记者/通讯员 label) on the line under it.
import wideHeadline from './test-support/extractor-pages/pdftotext-train-p010-names.txt?raw';
import quotedHeadline from './test-support/extractor-pages/pdftotext-train-p032.txt?raw';
// A text layout (one line per paragraph) of a development-set page.
import shortHead from './test-support/extractor-pages/oneline-dev-names-under-short-head.txt?raw';

const titled = (raw: string, start: string) => analyzePage(raw).articles.find((article) => article.title.startsWith(start));

describe('bare names under a headline', () => {
  it('are its byline, not the headline\'s wrapped last line, even under a line as wide as the column', () => {
    expect(titled(wideHeadline, '庭审不用跑县城')).toMatchObject({ title: '庭审不用跑县城 手机上就能“面对面”', byline: '高鹏 其其格' });
    expect(titled(quotedHeadline, '大兴安岭深处')).toMatchObject({ title: '大兴安岭深处的“三语法官”', byline: '韩冰 莫日根' });
  });

  it('leave a headline\'s second line of two phrases alone when the head goes on below it', () => {
    const page = ['两地法院 护航民营经济发展', '法官 护航', '本报记者 王强', '', '　　近日，两地法院召开座谈会，听取企业意见。'].join('\n');
    const [article] = analyzePage(page).articles;
    expect(article.title.replace(/\s/gu, '')).toBe('两地法院护航民营经济发展法官护航');
    expect(article.byline).toBe('本报记者 王强');
  });

  it('are its byline under a head no wider than they are, when each name opens on a common surname (a development page)', () => {
    expect(titled(shortHead, '网上立案')).toMatchObject({ title: '网上立案五问五答', byline: '田晓燕 张磊' });
  });

  it('are never words that open on a numeral or a quantifier: a numbered section\'s phrase (一、一辆车 / 一张桌 / 一枚国徽; a development page set one line per paragraph)', () => {
    const raw = ['林区巡回路 一年跑出三万七千公里', '', '本报记者 吴桂兰', '', '鄂伦春自治旗总面积近6万平方公里，林场、村屯散落在大兴安岭南麓的密林和河谷之间。', '', '一、一辆车', '一张桌', '一枚国徽', '', '上午9点，巡回车停在诺敏镇一个村委会院里。法官助理把国徽挂在墙上。'].join('\n');
    const articles = analyzePage(raw).articles;
    expect(articles.map((article) => article.title)).toEqual(['林区巡回路 一年跑出三万七千公里']);
  });
});

