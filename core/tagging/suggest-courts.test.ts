import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../model/page-doc';
import { suggestCourts } from './suggest-tags';
import { paragraphs, testArticle } from './test-articles';
import { TEST_COURTS } from './test-courts';

function article(fields: Partial<Omit<ArticleDoc, 'blocks'>> & { paragraphs: string[] }): ArticleDoc {
  const { paragraphs: texts, ...rest } = fields;
  return testArticle({ ...rest, blocks: paragraphs(texts) });
}

const courtNames = (doc: ArticleDoc) => suggestCourts(doc, TEST_COURTS).map((suggestion) => suggestion.name);

describe('suggestCourts: about versus mentioned', () => {
  it('tags the court of the lead, not a court the body mentions in passing', () => {
    const doc = article({
      title: '执行攻坚见实效',
      paragraphs: [
        '近日，鄂尔多斯市鄂托克旗人民法院开展集中执行行动，执结案件20件。',
        '行动按照内蒙古自治区高级人民法院的统一部署开展，鄂尔多斯市中级人民法院派员督导。',
        '该院执行局干警分成三组，凌晨出发。',
      ],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市鄂托克旗人民法院']);
  });

  it('reads past the question a lead opens with to the sentence that names its courts', () => {
    const doc = article({
      title: '孩子偷偷打赏主播 钱能要回来吗？',
      paragraphs: [
        '暑假期间，未成年人沉迷网络直播、大额打赏的情况时有发生。家长能否要回这些钱？康巴什区人民法院和翁牛特旗人民法院近期审结的两起案件，给出了不同的答案。',
        '2025年1月，13岁的小明用母亲的手机向主播打赏2.3万元，其母诉至康巴什区人民法院。',
        '17岁的小李以自己的劳动收入为主要生活来源，其父诉至翁牛特旗人民法院。',
      ],
    });
    expect(courtNames(doc).sort()).toEqual(['鄂尔多斯市康巴什区人民法院', '赤峰市翁牛特旗人民法院'].sort());
  });

  it('does not take a court governed by 在…指导下 in the lead for the subject', () => {
    const doc = article({
      title: '多元解纷见实效',
      paragraphs: ['在自治区高院的指导下，康巴什区法院深入推进诉源治理。', '该院建立诉前调解机制。', '该院还设立了调解工作室。'],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市康巴什区人民法院']);
  });

  it('takes the court a lead opens on as the scene of its story (在…法院，提起…) for its subject', () => {
    const doc = article({
      title: '会说三种语言的法官',
      paragraphs: [
        '在鄂托克旗人民法院，提起民事审判庭法官涂亚娟，不少干警都会竖起大拇指：“她能用三种语言办案。”',
        '涂亚娟从小在牧区长大，2012年考入法院后，她发现这三种语言在工作中全都用得上。',
        '2023年，她的调解案例被鄂尔多斯市中级人民法院作为典型案例发布。',
      ],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市鄂托克旗人民法院']);
  });

  it('finds a court by a short form in the headline', () => {
    const doc = article({ title: '康巴什区法院：让调解走进社区', paragraphs: ['为方便群众解决纠纷，法官们把调解室搬进了社区。'] });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市康巴什区人民法院']);
  });

  it('takes the court from a （…供稿） credit, short form included', () => {
    const doc = article({ title: '护航企业发展', credit: '（稀土高新区人民法院供稿）', paragraphs: ['今年以来，该院共审结涉企案件300余件。'] });
    expect(courtNames(doc)).toEqual(['包头稀土高新技术产业开发区人民法院']);
  });

  it('takes the only court an article names, even in passing, for its subject', () => {
    const story = article({
      title: '调解室里的一杯茶',
      paragraphs: ['老张和老李为了一堵墙吵了三年。', '那天，两人一进康巴什区人民法院的调解室，就各自扭过头去。', '调解员先给两人倒了茶。'],
    });
    expect(courtNames(story)).toEqual(['鄂尔多斯市康巴什区人民法院']);
    // Two courts in passing: neither is proven the subject.
    const two = article({ title: '调解室里的一杯茶', paragraphs: ['老张和老李为了一堵墙吵了三年。', '案件先在康巴什区人民法院审理，后来又到了鄂尔多斯市中级人民法院。', '双方最终和解。'] });
    expect(courtNames(two)).toEqual([]);
    // Only collectively named: not enough.
    const collective = article({ title: '一杯茶', paragraphs: ['老张和老李为了一堵墙吵了三年。', '鄂尔多斯法院系统推广了这一做法。', '效果很好。'] });
    expect(courtNames(collective)).toEqual([]);
  });

  it('gives no court for a procuratorate article, even when 该院 follows it', () => {
    const doc = article({
      title: '法治护航成长',
      paragraphs: ['近日，赤峰市翁牛特旗人民检察院走进校园开展普法活动。', '该院检察官以案说法，翁牛特旗人民法院法官也受邀参加。'],
    });
    expect(courtNames(doc)).toEqual([]);
  });

  it('gives no court for an article credited to a 政法委', () => {
    const doc = article({
      title: '生态治理见成效',
      credit: '（翁牛特旗委政法委供稿）',
      paragraphs: ['翁牛特旗持续开展打击毁林毁草专项行动。', '全旗政法系统密切协作，法院依法审理相关案件。'],
    });
    expect(courtNames(doc)).toEqual([]);
  });

  it('counts 该院 and 我院 for the court named in the opening', () => {
    const doc = article({
      title: '开门纳谏听民声',
      dateline: '赤峰讯',
      paragraphs: ['6月25日，赤峰市中院召开征求意见座谈会，邀请人大代表参加。', '该院党组书记主持会议。', '“我院将认真研究代表们的意见。”'],
    });
    const [suggestion] = suggestCourts(doc, TEST_COURTS);
    expect(suggestion.name).toBe('赤峰市中级人民法院');
    expect(suggestion.evidence.map((item) => item.phrase)).toEqual(expect.arrayContaining(['赤峰市中院', '该院', '我院', '赤峰讯']));
    expect(suggestion.evidence.find((item) => item.phrase === '该院')).toMatchObject({ place: 'body', block: 1 });
  });

  it('does not tag a court from the dateline alone', () => {
    const doc = article({ title: '春耕时节送法下乡', dateline: '赤峰讯', paragraphs: ['法官们来到田间地头，为农牧民讲解民法典。'] });
    expect(courtNames(doc)).toEqual([]);
  });

  it('lets a collective form ("锡林郭勒盟法院") with a matching dateline stand for the intermediate court', () => {
    const doc = article({
      title: '推动纠纷实质性化解',
      dateline: '锡林郭勒讯',
      paragraphs: ['近年来，锡林郭勒盟法院聚焦公正与效率。', '锡林郭勒盟法院健全解纷机制。', '锡盟中院共执结案件3000件。'],
    });
    expect(courtNames(doc)).toEqual(['锡林郭勒盟中级人民法院']);
  });

  it('does not assign a short form that two courts share', () => {
    const doc = article({ title: '新区法院开展开放日活动', paragraphs: ['新区法院邀请群众走进法院。'] });
    expect(courtNames(doc)).toEqual([]);
  });

  it('tags two courts when the article is about both', () => {
    const doc = article({ title: '康巴什区法院与鄂托克旗法院签订共建协议', paragraphs: ['两院将在调解、执行等方面加强协作。'] });
    expect(courtNames(doc).sort()).toEqual(['鄂尔多斯市康巴什区人民法院', '鄂尔多斯市鄂托克旗人民法院']);
  });

  it('places each piece of evidence where it stands', () => {
    const doc = article({ title: '聚力打造党建品牌', subtitle: '——鄂尔多斯市康巴什区人民法院党建工作纪实', paragraphs: ['康巴什区法院第一党支部……'] });
    const [suggestion] = suggestCourts(doc, TEST_COURTS);
    expect(suggestion.evidence).toEqual(
      expect.arrayContaining([
        { phrase: '鄂尔多斯市康巴什区人民法院', place: 'subtitle', block: null },
        { phrase: '康巴什区法院', place: 'lead', block: 0 },
      ]),
    );
  });
});

describe('suggestCourts: a 人民法庭 stands for its basic court', () => {
  it('takes the tribunal for the court named before it', () => {
    const doc = article({
      title: '乌丹人民法庭：把调解室搬到牧民家门口',
      paragraphs: ['翁牛特旗人民法院坚持“枫桥经验”，推动矛盾纠纷就地化解。', '今年以来，乌丹人民法庭诉前化解纠纷120余件。'],
    });
    expect(courtNames(doc)).toEqual(['赤峰市翁牛特旗人民法院']);
  });

  it('takes a tribunal named alone for the basic court of the dateline’s place', () => {
    const doc = article({ title: '马背上的法庭', dateline: '本报翁牛特讯', paragraphs: ['近日，乌丹人民法庭的法官骑马深入牧区，就地开庭审理一起草场纠纷。'] });
    expect(courtNames(doc)).toEqual(['赤峰市翁牛特旗人民法院']);
  });

  it('does not count a tribunal after its court twice, nor guess a court for a tribunal with no court or place', () => {
    const named = article({ title: '法官进牧区', paragraphs: ['赤峰市翁牛特旗人民法院乌丹人民法庭的法官深入牧区。'] });
    const suggestions = suggestCourts(named, TEST_COURTS);
    expect(suggestions.map((suggestion) => suggestion.name)).toEqual(['赤峰市翁牛特旗人民法院']);
    expect(suggestions[0].evidence.map((evidence) => evidence.phrase)).toEqual(['赤峰市翁牛特旗人民法院']);
    expect(courtNames(article({ title: '马背上的法庭', paragraphs: ['近日，乌丹人民法庭的法官骑马深入牧区。'] }))).toEqual([]);
  });
});

describe('suggestCourts: roundups and sources', () => {
  const heading = (text: string) => ({ type: 'heading' as const, text });
  const paragraph = (text: string) => ({ type: 'paragraph' as const, text });

  it('tags every court that opens a section of a roundup, not the intermediate court that compiled it', () => {
    const doc = testArticle({
      title: '鄂尔多斯法院工作动态',
      credit: '（鄂尔多斯市中级人民法院供稿）',
      blocks: [
        heading('康巴什区法院：调解室开进社区'),
        paragraph('康巴什区人民法院在社区设立调解室，今年已调解纠纷37件。'),
        heading('“企业家接待日”每月一次'),
        paragraph('鄂托克旗法院每月举办“企业家接待日”，协调解决涉企问题26个。'),
        heading('巡回审判进牧区'),
        paragraph('在鄂尔多斯市中级人民法院的指导下，鄂托克前旗人民法院开展巡回审判。'),
      ],
    });
    // The third section's subject opens its second clause, after the superior court it was guided by.
    expect(courtNames(doc).sort()).toEqual(['鄂尔多斯市康巴什区人民法院', '鄂尔多斯市鄂托克旗人民法院', '鄂尔多斯市鄂托克前旗人民法院'].sort());
  });

  it('does not read the cases a court releases, each under its case head, as a roundup of the courts that tried them', () => {
    const doc = testArticle({
      title: '鄂尔多斯中院发布环境资源审判典型案例',
      blocks: [
        paragraph('近日，鄂尔多斯市中级人民法院发布一批环境资源审判典型案例。'),
        heading('案例一：非法采砂案'),
        paragraph('被告人张某未经许可在河道采砂3000余吨。康巴什区人民法院判处其有期徒刑一年，并判令其修复河道。'),
        heading('案例二：草原非法开垦案'),
        paragraph('某合作社擅自开垦天然草原326亩种植油菜。鄂托克旗人民法院判令其恢复草原植被。'),
        heading('【典型意义】'),
        paragraph('两起案件均体现了恢复性司法理念。'),
      ],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市中级人民法院']);
  });

  it('does not read a list of courts under headings without text as a roundup', () => {
    const doc = testArticle({
      title: '年度先进集体名单',
      blocks: [
        paragraph('经内蒙古自治区高级人民法院研究决定，对下列先进集体予以表彰：'),
        heading('康巴什区人民法院'),
        heading('鄂托克旗人民法院'),
        heading('翁牛特旗人民法院'),
      ],
    });
    const named = courtNames(doc);
    for (const listed of ['鄂尔多斯市康巴什区人民法院', '鄂尔多斯市鄂托克旗人民法院', '赤峰市翁牛特旗人民法院']) expect(named).not.toContain(listed);
  });

  it('keeps the crediting court when it is also named where the subject stands', () => {
    const doc = article({
      title: '鄂尔多斯中院指导康巴什区法院推进诉源治理',
      credit: '（鄂尔多斯市中级人民法院供稿）',
      paragraphs: ['近日，鄂尔多斯市中级人民法院赴康巴什区人民法院调研诉源治理工作。'],
    });
    expect(courtNames(doc)).toContain('鄂尔多斯市中级人民法院');
  });

  it('drops a superior court that only credits an article about its basic court', () => {
    const doc = article({
      title: '三十年如一日守护草原公平',
      subtitle: '记康巴什区人民法院法官巴特尔',
      credit: '（鄂尔多斯市中级人民法院供稿）',
      paragraphs: ['从书记员到法官，巴特尔在康巴什区人民法院工作了三十年。'],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市康巴什区人民法院']);
  });
});

describe('suggestCourts: a court named by its kind of place', () => {
  it('takes "旗法院" for the banner court of the dateline, but not "全市法院" nor a banner the dateline does not name', () => {
    expect(courtNames(article({ title: '调解室开进牧区', dateline: '本报翁牛特讯', paragraphs: ['近日，旗法院在牧区设立调解室，方便牧民就近解纷。'] }))).toEqual(['赤峰市翁牛特旗人民法院']);
    expect(courtNames(article({ title: '送法进校园', dateline: '本报满洲里讯', paragraphs: ['近日，市法院干警走进校园开展法治宣传。'] }))).toEqual(['满洲里市人民法院']);
    expect(courtNames(article({ title: '执行攻坚', dateline: '本报满洲里讯', paragraphs: ['近日，全市法院开展集中执行行动。'] }))).toEqual([]);
    expect(courtNames(article({ title: '调解室开进牧区', dateline: '本报满洲里讯', paragraphs: ['近日，旗法院在牧区设立调解室。'] }))).toEqual([]);
  });

  it('takes "盟中院" for the intermediate court of the dateline’s league', () => {
    expect(courtNames(article({ title: '审判质效稳步提升', dateline: '本报锡林郭勒讯', paragraphs: ['今年以来，盟中院聚焦审判质效，结案率同比上升。'] }))).toEqual(['锡林郭勒盟中级人民法院']);
  });
});


describe('suggestCourts: pieces of articles and articles run together', () => {
  const heading = (text: string) => ({ type: 'heading' as const, text });
  const paragraph = (text: string) => ({ type: 'paragraph' as const, text });

  it('does not take the credit closing a second article run into the first for the first one’s court', () => {
    const doc = testArticle({
      title: '执行攻坚见实效',
      credit: '（翁牛特旗人民法院供稿）',
      blocks: [
        paragraph('近日，鄂尔多斯市鄂托克旗人民法院开展集中执行行动，执结案件20件。'),
        paragraph('干警分成三组，凌晨出发。'),
        heading('法官进牧区'),
        paragraph('牧民们围坐在一起，听法官讲解草场承包的法律规定。'),
      ],
    });
    expect(courtNames(doc)).toEqual(['鄂尔多斯市鄂托克旗人民法院']);
  });

  it('counts the first article’s own credit, not what the second one says, once a credit or a dateline shows where it starts', () => {
    const doc = testArticle({
      title: '一份调解书的温度',
      credit: '（鄂尔多斯市康巴什区人民法院供稿）',
      blocks: [
        paragraph('在法庭工作了四年，我经手的调解书有几百份。'),
        paragraph('最后，三兄弟商定轮流赡养。'),
        paragraph('（作者单位：翁牛特旗人民法院）'),
        heading('让庭审直播成为常态'),
        paragraph('本报鄂尔多斯讯 近年来，康巴什区法院把庭审直播作为司法公开的“标配”。'),
        paragraph('康巴什区人民法院今年直播庭审1200余场。'),
      ],
    });
    expect(courtNames(doc)).toEqual(['赤峰市翁牛特旗人民法院']);
  });

  it('reads a roundup whose item headings an extractor ran into their text, under a headline naming the region’s courts', () => {
    const doc = testArticle({
      title: '鄂尔多斯法院工作动态',
      credit: '（鄂尔多斯市中级人民法院供稿）',
      blocks: [
        paragraph('康巴什区法院 调解室开进社区近日，康巴什区人民法院在社区设立调解室。'),
        paragraph('鄂托克旗法院 企业家接待日每月一次鄂托克旗人民法院每月举办“企业家接待日”。'),
        paragraph('9月12日，鄂托克前旗人民法院开展巡回审判。'),
      ],
    });
    expect(courtNames(doc).sort()).toEqual(['鄂尔多斯市康巴什区人民法院', '鄂尔多斯市鄂托克前旗人民法院', '鄂尔多斯市鄂托克旗人民法院'].sort());
  });

  it('does not read an article with a roundup run into it as a roundup', () => {
    const doc = testArticle({
      title: '一面墙上的法治故事',
      blocks: [
        paragraph('陕坝镇一条主街旁，满洲里市人民法院把围墙换上了新装。'),
        paragraph('墙上画着法治漫画。'),
        heading('赤峰法院工作动态'),
        heading('翁牛特旗法院：调解工作站揭牌'),
        paragraph('翁牛特旗人民法院设立调解工作站。'),
        heading('赤峰市新区法院：巡回审判'),
        paragraph('赤峰市新区人民法院开展巡回审判。'),
        heading('康巴什区法院：诉前调解'),
        paragraph('康巴什区人民法院推进诉前调解。'),
      ],
    });
    expect(courtNames(doc)).toEqual(['满洲里市人民法院']);
  });

  it('takes the author’s court from the byline, as from a credit', () => {
    const doc = article({ title: '把矛盾化解在诉前', byline: '文/赤峰市中级人民法院 赵永胜', paragraphs: ['诉讼是解决纠纷的重要方式。', '司法所、人民调解组织联动，把纠纷化解在基层。'] });
    expect(courtNames(doc)).toEqual(['赤峰市中级人民法院']);
  });

  it('reads a court name split by a space, a credit broken over the last blocks and a signature run into its date', () => {
    expect(courtNames(article({ title: '满洲里市人民 法院公告', paragraphs: ['张某某：本院受理原告诉你一案。', '特此公告。'] }))).toEqual(['满洲里市人民法院']);
    const broken = testArticle({ title: '让“小案件”承载“大正义”', blocks: [paragraph('邻里之间的一堵墙。'), paragraph('小案件办得好不好，群众感受最直接。'), paragraph('（作者单位：满洲里市人民法'), heading('院）')] });
    expect(courtNames(broken)).toEqual(['满洲里市人民法院']);
    const signed = testArticle({ title: '公告', blocks: [paragraph('张某某：本院受理原告诉你一案。'), paragraph('特此公告。'), heading('满洲里市人民法院 二〇二五年八月十二日')] });
    expect(suggestCourts(signed, TEST_COURTS)[0]?.evidence).toContainEqual({ phrase: '满洲里市人民法院', place: 'credit', block: 2 });
  });

  it('reads places listed before one 法院 as their courts, the city of the first holding for the rest', () => {
    const doc = article({ title: '三家基层法院护航民营企业', paragraphs: ['今年以来，鄂尔多斯市康巴什区、鄂托克旗、鄂托克前旗三家基层法院出台举措。', '三家法院负责人表示，将继续倾听企业诉求。'] });
    expect(courtNames(doc).sort()).toEqual(['鄂尔多斯市康巴什区人民法院', '鄂尔多斯市鄂托克前旗人民法院', '鄂尔多斯市鄂托克旗人民法院'].sort());
    // A list of places that are not courts' names nothing.
    expect(courtNames(article({ title: '调解', paragraphs: ['近日，家住东胜、达拉特的两位当事人来到法院。'] }))).toEqual([]);
  });

  it('gives no court to a headline with no text under it', () => {
    expect(courtNames(testArticle({ title: '康巴什区法院出台优化法治化营商环境12条举措', blocks: [] }))).toEqual([]);
  });

  it('takes the courts a list\'s entries work for for no sections of a roundup: the list is its issuer\'s', () => {
    const doc = article({
      title: '全区法院第二届蒙汉双语调解技能竞赛获奖名单',
      paragraphs: [
        '11月20日，由内蒙古自治区高级人民法院主办的全区法院第二届蒙汉双语调解技能竞赛落下帷幕。获奖名单如下：',
        '其木格（鄂尔多斯市中级人民法院）、图门巴雅尔（鄂托克旗人民法院）',
        '宝音德力格尔（康巴什区人民法院）、韩秀英（翁牛特旗人民法院）',
        '哈斯朝鲁（鄂托克前旗人民法院）、包金梅（满洲里市人民法院）',
      ],
    });
    expect(courtNames(doc)).toEqual(['内蒙古自治区高级人民法院']);
  });
});
