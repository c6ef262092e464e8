import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';

// A case's first section may be named without brackets (基本案情, 案情简介, 案情回顾). Such a label is the
// case story's section, never a byline of names nor the page's headline, and the head over it opens the
// story. Excerpts of text layouts of development-set articles.
describe('a case story\'s head over a section label without brackets', () => {
  it('opens the page\'s first article under the masthead, the label its first section', () => {
    const raw = page(
      '法院专刊',
      '2025年10月24日 星期五',
      '第4版',
      '恶意欠薪不支付 养殖场老板获刑',
      '案情简介',
      '　　被告人张某系化德县某肉牛养殖场实际经营者。2023年4月至2024年1月，张某雇用王某、赵某等11名工人从事饲喂、清圈等工作，拖欠工资共计18万元。',
      '裁判结果',
      '　　化德县人民法院经审理认为，张某的行为构成拒不支付劳动报酬罪，依法判处其有期徒刑一年。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['恶意欠薪不支付 养殖场老板获刑']);
    expect(analysis.articles[0].blocks[0]).toMatchObject({ type: 'heading', text: '案情简介' });
  });

  it('opens the next article under a closing credit when the head is a question, on one line or two', () => {
    const lines = [
      '戈壁深处的“移动法庭”',
      '本报通讯员 那仁格日勒 郭亮',
      '　　清晨6点，苏尼特右旗人民法院赛汉塔拉人民法庭的巡回审判车已经驶出院子。',
      '车里装的不只是卷宗',
      '　　每次出发前，干警们都会准备一些蒙汉双语的普法手册。',
      '　　（苏尼特右旗人民法院供稿）',
    ];
    const story = ['基本案情', '　　扎赉特旗某村村民韩某承包的稻田与邻居高某的玉米地相邻。2025年6月，韩某为稻田泡田放水时田埂决口。', '法院裁判', '　　法院审理认为，不动产的相邻权利人应当按照有利生产、方便生活的原则处理相邻关系。'];
    for (const head of [['邻家稻田放水淹了玉米地 谁来赔？'], ['邻家稻田放水淹了玉米地', '谁来赔？']]) {
      const articles = analyzePage(page(...lines, ...head, ...story)).articles;
      expect(articles.map((article) => article.title.replace(/\s/gu, ''))).toEqual(['戈壁深处的“移动法庭”', '邻家稻田放水淹了玉米地谁来赔？']);
      expect(articles[1].byline).toBeNull();
      expect(articles[1].blocks[0]).toMatchObject({ type: 'heading', text: '基本案情' });
    }
  });

  it('opens it where a blank line parts the articles and the label stands under the question', () => {
    const raw = page(
      '　　如今，法庭的4名干警中有3名是“90后”。孟玉林手把手教他们用鄂伦春语问候老人。',
      '',
      '邻家稻田放水淹了玉米地 谁来赔？',
      '基本案情',
      '　　扎赉特旗某村村民韩某承包的稻田与邻居高某的玉米地相邻。2025年6月，韩某为稻田泡田放水时田埂决口。',
      '法院裁判',
      '　　法院审理认为，不动产的相邻权利人应当按照有利生产、方便生活的原则处理相邻关系。',
    );
    const article = analyzePage(raw).articles.at(-1)!;
    expect(article.title.replace(/\s/gu, '')).toBe('邻家稻田放水淹了玉米地谁来赔？');
    expect(article.byline).toBeNull();
  });
});
