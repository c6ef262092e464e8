import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// MuPDF's text of a development-set page: a question headline wrapped with its last characters alone.
import carriedTail from './test-support/extractor-pages/mutool-dev-question-head-carried-tail.txt?raw';

// The end of a corpus train page as plain pdftotext read it when the test was written (its columns
// already in order): after the first article's closing credit, the next headline is set on one line
// as a question and a phrase (“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗), over its lead.
// (The whole page, frozen before, no longer shows the case: the columns of its first block are now
// read otherwise, and its credit no longer ends that block.)
const PAGE = [
  '呼伦湖畔设立生态保护巡回审判点',
  '',
  '　　庭审结束后，法官与保护区工作人员、附',
  '近牧民一起来到湖边，将首批鱼苗放归湖中。',
  '（新巴尔虎右旗法院 乌云毕力格）',
  '',
  '“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗',
  '',
  '　　近年来，一些不法分子打着“高息理财”',
  '“以房养老”“保健品抵扣”等幌子，专门把骗',
  '局对准老年人。通辽市科尔沁区人民法院结合',
  '近年审理的涉养老诈骗案件，就老年人关心的',
  '几个问题作出解答。',
  '（科尔沁区人民法院供稿）',
].join('\n');

describe('a question, a space and a bare phrase on one line', () => {
  it('is a two-part headline: after a closing credit it opens the next article', () => {
    expect(analyzePage(PAGE).articles.map((article) => [article.title, article.credit])).toEqual([
      ['呼伦湖畔设立生态保护巡回审判点', '（新巴尔虎右旗法院 乌云毕力格）'],
      ['“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗', '（科尔沁区人民法院供稿）'],
    ]);
  });

  it('is no headline when either part holds a pause or the question is a word or two (rows of two columns)', () => {
    const after = (line: string) => analyzePage(['（甲旗人民法院供稿）', line, '　　近年来，一些不法分子打着“高息理财”的幌子，专门把骗局对准老年人。'].join('\n')).articles.map((article) => article.title);
    expect(after('友，您还有什么提醒？ 要签订书面劳动合同')).not.toContain('友，您还有什么提醒？ 要签订书面劳动合同');
    expect(after('如何？ 还可以申请司法救助')).not.toContain('如何？ 还可以申请司法救助');
  });
});

describe('a question headline whose last characters the measure carried down', () => {
  it('is one headline over its byline, pause and all (…能否视同工 / 伤？; MuPDF, a development page)', () => {
    const [article] = analyzePage(carriedTail).articles;
    expect(article).toMatchObject({ title: '跨境货运司机返程途中突发疾病死亡，能否视同工伤？', byline: '本报通讯员 于海洋' });
  });
});
