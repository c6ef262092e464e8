import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
// MuPDF's text of a development-set page: a case story's question head on its column's name, wrapped.
import columnQuestionPage from './test-support/extractor-pages/mutool-dev-column-question-head.txt?raw';

// A case story's head over its first bracketed section (【案情】) opens the story, set on two lines, at the top of a
// page set one line per paragraph. An excerpt of a text layout of a development-set article.
describe('a case story\'s head over 【案情】', () => {
  it('opens the page\'s first article when set over two lines, a phrase and the question', () => {
    const raw = page(
      '好心捎带同村人出了车祸',
      '司机要担责吗？',
      '',
      '【案情】',
      '',
      '2024年12月，乌兰察布市化德县村民高某驾驶自家小轿车去县城办事，同村的李某在路边招手搭车，高某让其免费搭乘。途中因路面结冰，车辆侧滑撞上护栏，李某受伤住院。',
      '',
      '【说法】',
      '',
      '化德县人民法院经审理认为，高某无偿搭载李某，属于好意同乘，应当减轻其赔偿责任。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.title).toBe('好心捎带同村人出了车祸 司机要担责吗？');
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '【案情】' });
  });

  it('opens a numbered case\'s head under the full last line of the case before, where paragraphs open indented', () => {
    const raw = page(
      '包头中院发布三起涉老年人权益保护典型案例',
      '　　近日，包头市中级人民法院发布三起涉老年人',
      '权益保护典型案例。',
      '案例二：刘某等人以“养老投资”为名集资诈骗案',
      '　　2021年至2023年间，刘某等人以某养老公寓项',
      '目为幌子，通过免费体检、赠送礼品、组织旅游等',
      '方式吸引老年人参加“投资说明会”，先后骗取86名',
      '老年人资金共计1300余万元。法院以集资诈骗罪判',
      '处刘某有期徒刑十三年，其余被告人分别被判处三',
      '年至八年不等的有期徒刑，依法追缴违法所得发还',
      '被害人退还的款项，保障了老年人的合法权益。',
      '案例三：赵某诉某养老服务公司服务合同',
      '纠纷案',
      '　　赵某之母入住某养老服务公司经营的养老院，合',
      '同约定提供二级护理服务。',
    );
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts.some((text) => text.startsWith('案例三：赵某诉某养老服务公司服务合同'))).toBe(true);
  });

  it('opens a case story at a question set flush over 【案情】 under an indented paragraph, with no blank lines on the page', () => {
    const raw = page(
      '【典型意义】',
      '　　梭梭林和肉苁蓉是荒漠生态系统的重要组成部分，对防风固沙具有不可替代的作用。',
      '在自家承包的草场上开荒种地也犯法？',
      '【案情】',
      '　　2023年春，克什克腾旗某嘎查牧民乌某为多种饲草料，未经批准将承包草场开垦为耕地。',
      '【裁判】',
      '　　赤峰市克什克腾旗人民法院经审理认为，乌某违反土地管理法规，构成非法占用农用地罪。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('在自家承包的草场上开荒种地也犯法？');
  });

  it('opens the page\'s first article at a head of two markless phrases over 【案情】, the first closing on 了', () => {
    const raw = page(
      '代放牧的羊死了',
      '损失由谁担',
      '',
      '【案情】',
      '',
      '2024年4月，阿鲁科尔沁旗牧民阿拉坦仓与同嘎查的宝音达来口头约定，由宝音达来代为放牧其120只羊，每只每月代放费5元。',
      '',
      '【审理】',
      '',
      '阿鲁科尔沁旗人民法院审理认为，宝音达来未尽到妥善看管义务，应当承担相应的赔偿责任。',
    );
    expect(analyzePage(raw).articles[0].title.replace(/\s/gu, '')).toBe('代放牧的羊死了损失由谁担');
  });
});

describe('a case story\'s question head that opens on its column\'s name', () => {
  it('opens the story over 【案情】 where lines are paragraphs with no blank line or indent (法官说法：订婚后分手，彩礼该不该还？)', () => {
    const raw = page(
      '沙海边的法庭 一守就是十五年',
      '本报记者 王芳',
      '巴音孟和手把手带她：怎么在牧点上送达，怎么用牧民听得懂的话讲法律。',
      '夕阳西下，沙丘被染成一片金黄。法庭小楼的灯又亮了起来。',
      '法官说法：订婚后分手，彩礼该不该还？',
      '【案情】',
      '2023年10月，小赵与小李经人介绍相识，同年12月按照当地习俗举行订婚仪式。',
      '【审理】',
      '法院审理认为，彩礼是以缔结婚姻为目的的给付。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toEqual(['沙海边的法庭 一守就是十五年', '法官说法：订婚后分手，彩礼该不该还？']);
  });

  it('…and so wrapped over two lines with MuPDF\'s blank lines (法官说法：订婚后分手，彩礼该 / 不该还？; a development page)', () => {
    expect(analyzePage(columnQuestionPage).articles.map((article) => article.title)).toContain('法官说法：订婚后分手，彩礼该不该还？');
  });

});


describe('a question over a feature\'s bracketed theme head', () => {
  it('is the feature\'s own question, asked in its text, not a case story\'s head', () => {
    const raw = [
      '“民告官”跨了区 公正近了一步',
      '',
      '本报记者 周婷',
      '',
      '行政案件集中管辖以来，包头铁路运输法院审理了来自多个旗县区的“民告官”案件。有当事人说，如今心里踏实多了。',
      '',
      '这份踏实，是怎么来的？',
      '',
      '【打破“主场”】',
      '',
      '2024年，某旗一家养殖合作社因厂房被认定为违章建筑面临拆除，将当地镇政府诉至法院。',
    ].join('\n');
    const articles = analyzePage(raw).articles;
    expect(articles.map((article) => article.title)).toEqual(['“民告官”跨了区 公正近了一步']);
    expect(articles[0].blocks.map((block) => block.text)).toContain('这份踏实，是怎么来的？');
  });
});

describe('a column\'s name before a head of two phrases, the second a question', () => {
  it('reads the two lines as one head over its byline: the first phrase is what follows the colon', () => {
    const raw = [
      '该制度已在全旗12个乡镇试行，登记养蜂户317户。',
      '',
      '法官说法：自驾穿越沙地陷车',
      '救援费该谁出？',
      '本报通讯员 吴静 那仁',
      '',
      '【案情】',
      '2024年国庆假期，游客张某驾车穿越库布其沙漠时车辆陷入沙中，遂联系当地救援队。',
    ].join('\n');
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('法官说法：自驾穿越沙地陷车 救援费该谁出？');
  });
});
