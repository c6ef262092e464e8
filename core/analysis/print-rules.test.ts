import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { assemblePage } from './assemble-page';
import { endsSentence } from './character-classes';
import { extractLineFeatures } from './line-features';
// A text-layout excerpt of a corpus train page, frozen (test-support/extractor-pages/README.md).
import caseHeadsExcerpt from './test-support/extractor-pages/oneline-tight-case-heads.txt?raw';
// Minimal synthetic pages, one per rule of Chinese newspaper make-up the engine relies on.
import { page } from './test-support/page-lines';
// pdftotext's text of a development page (tune5): two articles side by side under heads on one band, written as both heads
// one under the other, then the left article's roundup, then the right one's text from its dateline (本报呼和浩特讯 …).
import stackedHeadsPage from './test-support/extractor-pages/pdftotext-dev-stacked-heads.txt?raw';

describe('rules of print', () => {
  it('reads a 单位：主题 line as a headline, not as running text with a colon', () => {
    expect(extractLineFeatures(0, '某某区法院：调解室开到田间地头', false).headlineShaped).toBe(true);
    expect(extractLineFeatures(0, '当事人激动地说：“谢谢法官', false).headlineShaped).toBe(false);
    const raw = page(
      '甲县法院审结一起合同纠纷',
      '',
      '甲县讯 近日，甲县人民法院审结一起合同纠纷案件，当事人当庭履行。',
      '',
      '（张三）',
      '',
      '乙旗法院：“法官工作站”建到村口',
      '',
      '乙旗讯 近日，乙旗人民法院在各苏木设立法官工作站，就地化解纠纷。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['甲县法院审结一起合同纠纷', '乙旗法院：“法官工作站”建到村口']);
    expect(analysis.articles[1].dateline).toBe('乙旗讯');
  });

  it('takes a dateline set alone on its line as the dateline of the paragraph below it', () => {
    const raw = page('丙市法院开展普法活动', '', '丙市讯', '近日，丙市人民法院组织干警走进社', '区开展普法宣传活动。', '', '（李四）');
    const [article] = analyzePage(raw).articles;
    expect(article).toMatchObject({ title: '丙市法院开展普法活动', dateline: '丙市讯', credit: '（李四）' });
    expect(article.blocks.map((block) => block.text)).toEqual(['近日，丙市人民法院组织干警走进社区开展普法宣传活动。']);
    // A column label is not a dateline.
    expect(extractLineFeatures(0, '法院简讯', false).dateline).toBe(false);
  });

  it('ends a sentence at a bracketed credit that follows its final mark', () => {
    expect(endsSentence('感受到公平正义。（王五）')).toBe(true);
    expect(endsSentence('开展“七一”活动（图）')).toBe(false);
    const raw = page(
      '丁县法院双语审判暖民心',
      '',
      '丁县讯 近日，丁县人民法院使用双语审理一起纠纷，让当事人感受到公平正义。（王五）',
      '',
      '戊县法院上门立案',
      '',
      '戊县讯 近日，戊县人民法院法官来到老人家中办理立案手续。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.credit])).toEqual([
      ['丁县法院双语审判暖民心', '（王五）'],
      ['戊县法院上门立案', null],
    ]);
  });

  it('keeps the short tail of a subtitle wider than its column with the subtitle', () => {
    const raw = page(
      '守好一方平安',
      '——某某自治县人民法院审判执行工',
      '作纪实',
      '',
      '本报通讯员●张三',
      '',
      '今年以来，某某县人民法院坚持',
      '司法为民，审结各类案件三千余',
      '件，结案率位居全市前列，群众',
      '满意度持续提升，成效明显。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0]).toMatchObject({ title: '守好一方平安', subtitle: '——某某自治县人民法院审判执行工作纪实', byline: '本报通讯员●张三' });
  });

  it('runs a ▲ caption on until its photographer closes it', () => {
    const raw = page(
      '某某县法院开展集中执行',
      '',
      '某某讯 近日，某某县人民法院',
      '开展集中执行行动，出动干警',
      '三十余人，执结案件十二件。',
      '',
      '▲执行干警在清晨集中执行行动',
      '中依法查封车辆。李四 摄',
      '',
      '行动中，执行干警兵分多路，',
      '依法查控被执行人财产。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '近日，某某县人民法院开展集中执行行动，出动干警三十余人，执结案件十二件。'],
      ['caption', '▲执行干警在清晨集中执行行动中依法查封车辆。李四 摄'],
      ['paragraph', '行动中，执行干警兵分多路，依法查控被执行人财产。'],
    ]);
  });

  it('joins an article cut at a column foot to its continuation after another article set in between', () => {
    const raw = page(
      '草原上的巡回法庭',
      '——某某旗人民法院巡回审判纪实',
      '',
      '本报记者●甲乙',
      '',
      '巡回审判车上，除了法官和书记员，还',
      '常常坐着一位特殊的“乘客”——嘎查',
      '',
      '为庆祝建党节，7月1日，某某盟中级人',
      '民法院组织党员干警开展主题党日活动，',
      '党员干警重温入党誓词。',
      '',
      '（某某盟中级人民法院供稿）',
      '',
      '某某盟中院开展主题党日活动',
      '',
      '通讯员 丙丁',
      '',
      '的人民调解员。调解员协助法官送达、',
      '调解，提升了纠纷化解效率。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.credit, article.blocks.map((block) => block.text)])).toEqual([
      ['草原上的巡回法庭', null, ['巡回审判车上，除了法官和书记员，还常常坐着一位特殊的“乘客”——嘎查的人民调解员。调解员协助法官送达、调解，提升了纠纷化解效率。']],
      ['某某盟中院开展主题党日活动', '（某某盟中级人民法院供稿）', ['为庆祝建党节，7月1日，某某盟中级人民法院组织党员干警开展主题党日活动，党员干警重温入党誓词。']],
    ]);
    expect(analysis.moves).toMatchObject([{ kind: 'continued-fragment', id: 18 }]);
    // The editor can leave the page in raw order.
    expect(assemblePage(analysis, { undoMoves: [18] }).articles[1].blocks[0].text).toMatch(/^的人民调解员/u);
  });

  it('joins a headline broken after the name of the court, even in a narrow column', () => {
    const raw = page(
      '甲县法院审结一起纠纷',
      '',
      '甲县讯 近日，甲县人民',
      '法院审结一起买卖合同纠',
      '纷，当事人当庭履行了全',
      '部货款，纠纷得到化解。',
      '',
      '（张三）',
      '',
      '乙旗法院',
      '巡回审判车开进牧区深处',
      '',
      '乙旗讯 近日，乙旗人民',
      '法院巡回审判车开进牧区，',
      '就地审理一起草场纠纷。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['甲县法院审结一起纠纷', '乙旗法院 巡回审判车开进牧区深处']);
    // A paragraph that opens with a court's name fills its first line: no headline there.
    const opening = page(
      '丙县法院开展普法宣传',
      '',
      '本报通讯员●李四',
      '',
      '丙丁戊市中级人民法院',
      '以“三进”活动为抓手推',
      '动普法宣传走深走实，取',
      '得了良好的社会效果，群',
      '众法治意识明显提升，矛',
      '盾纠纷数量逐年下降。',
    );
    const [openingArticle] = analyzePage(opening).articles;
    expect(openingArticle.blocks.map((block) => block.type)).toEqual(['paragraph']);
  });

  it('keeps a caption wrapped over several lines whole when its last line names the photographer', () => {
    // The caption's lines are short beside the column, but a quotation mark left open is no head.
    const raw = page(
      '某某县法院开展调解',
      '',
      '某某讯 近日，某某县人民法院在',
      '“田间调解室”化解一起土地纠纷，',
      '双方握手言和，当场签订了协议，',
      '纠纷得到实质性化解。',
      '',
      '干警在“田间调',
      '解室”开展调解',
      '工作。王五 摄',
      '',
      '据了解，该院今年已化解此类纠纷',
      '三十余件，均未发生反弹，群众普',
      '遍表示满意。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '近日，某某县人民法院在“田间调解室”化解一起土地纠纷，双方握手言和，当场签订了协议，纠纷得到实质性化解。'],
      ['caption', '干警在“田间调解室”开展调解工作。王五 摄'],
      ['paragraph', '据了解，该院今年已化解此类纠纷三十余件，均未发生反弹，群众普遍表示满意。'],
    ]);
  });

  it('reads a number followed by a unit as a quantity, not a section number', () => {
    expect(extractLineFeatures(0, '1 万元，同时禁止其从事食品', true).numberedHeading).toBe(false);
    expect(extractLineFeatures(0, '1 “要点”上墙', true).numberedHeading).toBe(true);
    const raw = page('某县法院审结一起案件', '', '某县讯 近日，某县人民法院', '审结一起食品安全案件，被告', '人被判处有期徒刑八个月，并', '处罚金人民币', '', '1 万元，同时禁止其从事食品', '生产经营活动，以儆效尤。');
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.text)).toEqual(['近日，某县人民法院审结一起食品安全案件，被告人被判处有期徒刑八个月，并处罚金人民币1万元，同时禁止其从事食品生产经营活动，以儆效尤。']);
  });

  it('keeps the second phrase of a numbered head that fills a narrow column, with a blank line after it', () => {
    const raw = page(
      '某县法院工作纪实',
      '',
      '本报通讯员●张三',
      '',
      '今年以来，某县人民法院',
      '坚持司法为民，各项工作',
      '稳步推进，审判质效持续',
      '向好，群众满意度不断提',
      '升。',
      '',
      '一、善意执行',
      '为企业留足“喘息空间”',
      '',
      '某建材公司因资金周转困',
      '难被多名供应商诉至法院，',
      '名下厂房、设备全部被查',
      '封，企业一度面临停产。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '今年以来，某县人民法院坚持司法为民，各项工作稳步推进，审判质效持续向好，群众满意度不断提升。'],
      ['heading', '一、善意执行 为企业留足“喘息空间”'],
      ['paragraph', '某建材公司因资金周转困难被多名供应商诉至法院，名下厂房、设备全部被查封，企业一度面临停产。'],
    ]);
  });

  it('reads a 栏目：主题 line as a title where a dateline proves it, and a verb-led colon as running text', () => {
    const raw = page(
      '某县法院审结一起纠纷',
      '',
      '某县讯 近日，某县人民法院审结一起买卖合同纠纷，当事人当庭履行。',
      '',
      '（张三）',
      '',
      '法润草原：送法进牧区',
      '',
      '某旗讯 近日，某旗人民法院干警走进牧区开展普法宣传活动。',
      '',
      '该院负责人表示：要坚持送法进牧区',
      '',
      '今年以来，该院共开展普法活动20余场。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['某县法院审结一起纠纷', '法润草原：送法进牧区']);
    expect(analysis.articles[1].dateline).toBe('某旗讯');
  });

  it('sets apart the page furniture and bylines of newspaper make-up', () => {
    const raw = page(
      '某县法院工作纪实',
      '■本报记者 张三',
      '',
      '本报呼和浩特6月27日电 近日，某县人民法院召开工作会议，部署下半年工作。',
      '',
      '（下转第2版）',
      '',
      '责任编辑：李四 校对：王五',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0]).toMatchObject({ title: '某县法院工作纪实', byline: '■本报记者 张三', dateline: '本报呼和浩特6月27日电' });
    expect(analysis.articles[0].blocks.map((block) => block.text)).toEqual(['近日，某县人民法院召开工作会议，部署下半年工作。']);
    expect(analysis.furniture).toEqual(['（下转第2版）', '责任编辑：李四', '校对：王五']);
  });

  it('takes up an article whose sentence goes on after another article set in between', () => {
    const raw = page(
      '草原上的巡回法庭',
      '',
      '本报记者●甲乙',
      '',
      '“法官来到我们家门口，解决',
      '',
      '某盟中院开展主题党日活动',
      '',
      '某盟讯 7月1日，某盟中级人民法院组织党员干警开展主题党日活动，重温入党誓词。',
      '',
      '了我们的大难题。”一位牧民说。今年以来，该院共开展巡回审判一百余次。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.blocks.map((block) => block.text)])).toEqual([
      ['草原上的巡回法庭', ['“法官来到我们家门口，解决了我们的大难题。”一位牧民说。今年以来，该院共开展巡回审判一百余次。']],
      ['某盟中院开展主题党日活动', ['7月1日，某盟中级人民法院组织党员干警开展主题党日活动，重温入党誓词。']],
    ]);
    expect(analysis.moves.map((move) => move.kind)).toEqual(['continued-fragment']);
  });

  it('finds the continuation of an interleaved article by its words when no particle marks it', () => {
    const raw = page(
      '草原上的巡回法庭',
      '——某某旗人民法院巡回审判纪实',
      '',
      '本报记者●甲乙',
      '',
      '巡回审判车上，除了法官和书记员，还',
      '常常坐着一位特殊的“乘客”——嘎查',
      '',
      '为庆祝建党节，7月1日，某盟中院组织',
      '党员干警开展主题党日活动，党员干警',
      '重温入党誓词，主题党日活动庄重热烈。',
      '',
      '（某盟中院供稿）',
      '',
      '某盟中院开展主题党日活动',
      '',
      '通讯员 丙丁',
      '',
      '人民调解员。调解员随巡回审判车走遍',
      '草原，协助法官巡回审判、调解纠纷。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.credit, article.blocks.map((block) => block.text)])).toEqual([
      ['草原上的巡回法庭', null, ['巡回审判车上，除了法官和书记员，还常常坐着一位特殊的“乘客”——嘎查人民调解员。调解员随巡回审判车走遍草原，协助法官巡回审判、调解纠纷。']],
      ['某盟中院开展主题党日活动', '（某盟中院供稿）', ['为庆祝建党节，7月1日，某盟中院组织党员干警开展主题党日活动，党员干警重温入党誓词，主题党日活动庄重热烈。']],
    ]);
  });

  it('reads a punctuated headline as a title where a dateline proves it', () => {
    const raw = page(
      '小案件，大民生',
      '',
      '某县讯 近日，某县人民法院审结一起邻里纠纷，双方握手言和。',
      '',
      '（张三）',
      '',
      '拒执者注意了！',
      '',
      '某旗讯 近日，某旗人民法院开展集中执行行动，拘留拒执人员三人。',
      '',
      '（李四）',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.dateline, article.credit])).toEqual([
      ['小案件，大民生', '某县讯', '（张三）'],
      ['拒执者注意了！', '某旗讯', '（李四）'],
    ]);
  });

  it('keeps a caption whose 摄 wrapped to a line of its own, with the space before it', () => {
    const raw = page(
      '某县法院开展调解',
      '',
      '某某讯 近日，某县人民法院在',
      '“田间调解室”化解一起土地纠纷，',
      '双方握手言和，当场签订了协议，',
      '纠纷得到实质性化解。',
      '',
      '干警在“田间调解室”开展调解工',
      '作，化解邻里纠纷。王五 ',
      '摄',
      '',
      '据了解，该院今年已化解此类纠纷',
      '三十余件，均未发生反弹，群众普',
      '遍表示满意。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '近日，某县人民法院在“田间调解室”化解一起土地纠纷，双方握手言和，当场签订了协议，纠纷得到实质性化解。'],
      ['caption', '干警在“田间调解室”开展调解工作，化解邻里纠纷。王五 摄'],
      ['paragraph', '据了解，该院今年已化解此类纠纷三十余件，均未发生反弹，群众普遍表示满意。'],
    ]);
  });

  it('reads a full line broken inside a word at a column foot as a paragraph, not a head', () => {
    const raw = page(
      '某县法院开展普法活动',
      '',
      '某县讯 近日，某县人民法院',
      '组织干警开展普法宣传活动，',
      '受到群众欢迎。',
      '',
      '该院组织党员干警深入企',
      '',
      '业、社区开展普法宣传，发',
      '放资料二百余份。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '近日，某县人民法院组织干警开展普法宣传活动，受到群众欢迎。'],
      ['paragraph', '该院组织党员干警深入企业、社区开展普法宣传，发放资料二百余份。'],
    ]);
  });

  it('sets each item of a list on its own line after the colon or semicolon before it', () => {
    const raw = page(
      '某县法院出台便民措施',
      '某县讯 近日，某县人民法院围绕优化营商环境出台多项便民措施，具体做法包括：',
      '1.符合条件的涉企起诉材料当场登记立案；',
      '2.小额诉讼案件一律在线送达；',
      '3.困难企业可申请缓交、减交诉讼费。',
      '该院将重点做好以下几项工作：',
      '（一）常态化开展“法官进企业”活动；',
      '（二）定期发布涉企审判白皮书和典型案例。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.text)).toEqual([
      '近日，某县人民法院围绕优化营商环境出台多项便民措施，具体做法包括：',
      '1.符合条件的涉企起诉材料当场登记立案；',
      '2.小额诉讼案件一律在线送达；',
      '3.困难企业可申请缓交、减交诉讼费。',
      '该院将重点做好以下几项工作：',
      '（一）常态化开展“法官进企业”活动；',
      '（二）定期发布涉企审判白皮书和典型案例。',
    ]);
    // A run-in list broken at the column edge still runs on.
    const wrapped = page(
      '某县法院审结一起合同纠纷',
      '',
      '某县讯 法律规定，下列商品除外：（一）消费者定作的；',
      '（二）鲜活易腐的。近日，某县人民法院审结一起案件。',
    );
    expect(analyzePage(wrapped).articles[0].blocks).toHaveLength(1);
  });

  it('sets a salutation on its own line above the notice it addresses', () => {
    const raw = page('公告', '', '王某某、李某某：', '', '本院受理原告某公司诉你们买卖合同纠纷一案，已审理终结。', '', '特此公告。');
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.text)).toEqual(['王某某、李某某：', '本院受理原告某公司诉你们买卖合同纠纷一案，已审理终结。', '特此公告。']);
    // 他说： is a lead-in to speech, not a salutation: it stays in its paragraph. Across a blank line the
    // quotation is a paragraph of its own (a column broken right after the colon is far rarer).
    const speech = page('某县法院调解纠纷', '', '某县讯 近日，某县人民法院调解一起纠纷。当事人说：', '', '“谢谢法官！”');
    expect(analyzePage(speech).articles[0].blocks.map((block) => block.text)).toEqual(['近日，某县人民法院调解一起纠纷。当事人说：', '“谢谢法官！”']);
  });

  it('ends a numbered case\'s head wrapped in a narrow column at the blank line under it, though its last line closes on no mark', () => {
    const raw = page(
      '劳动争议典型案例',
      '',
      '　　近日，某市中级人民法院',
      '发布了一批劳动争议典型',
      '案例。',
      '',
      '案例一：未签书面劳动合',
      '同应支付二倍工资',
      '',
      '张某于2023年4月入',
      '职某物流公司担任司机，',
      '公司一直未与其签订书面',
      '劳动合同。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.text)).toEqual([
      '近日，某市中级人民法院发布了一批劳动争议典型案例。',
      '案例一：未签书面劳动合同应支付二倍工资',
      '张某于2023年4月入职某物流公司担任司机，公司一直未与其签订书面劳动合同。',
    ]);
  });

  it('sets a headline apart over its dashed subtitle where lines are paragraphs, though the article above ended without a stop', () => {
    const raw = page(
      '跟着执行法官过一天',
      '本报记者 王楠',
      '早上8点半，执行干警们已经在查控系统前忙碌起来，逐一核查被执行人的财产线索。',
      '回到车上，吴昊看了看手机，还有4条当事人的留言没回',
      '“清风课堂”开在审判楼里',
      '——通辽市科尔沁区人民法院廉政文化建设侧记',
      '本报记者 包金花',
      '每周三中午，通辽市科尔沁区人民法院五楼的小会议室总是坐得满满当当。',
    );
    expect(analyzePage(raw).articles.map((article) => [article.title, article.subtitle])).toEqual([
      ['跟着执行法官过一天', null],
      ['“清风课堂”开在审判楼里', '——通辽市科尔沁区人民法院廉政文化建设侧记'],
    ]);
  });

  it('reads a question alone over an indented lead at the top of the page as the first headline', () => {
    const raw = page(
      '“支部建在庭上”怎么建？',
      '　　近年来，呼和浩特铁路运输中级法院推行“支部建在庭上”，把党支部建在审判执行一线。',
      '　　问：为什么要把支部建在庭上？',
      '　　答：过去党支部和业务庭室“两张皮”的问题比较突出。',
      '（呼和浩特铁路运输中级法院供稿）',
      '草场边界起纷争',
      '　　近日，某旗人民法院巡回法庭调解了一起草场边界纠纷。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toEqual(['“支部建在庭上”怎么建？', '草场边界起纷争']);
  });

  it('reads a question opening a page that indents no paragraph as the first headline (a development page set one line per paragraph)', () => {
    const raw = page(
      '农民工工资被拖欠怎么办？',
      '',
      '春节前后是农民工讨薪的集中期。近年来，丰镇市人民法院开辟涉农民工工资案件“绿色通道”，2024年共审执结此类案件216件。',
      '',
      '没签劳动合同，还能要回工资吗？',
      '',
      '能。没有签订书面劳动合同，不影响劳动关系或者劳务关系的认定。',
      '',
      '（丰镇市法院供稿）',
      '',
      '莫力达瓦达斡尔族自治旗法院：达斡尔语调解员“驻庭”化纠纷',
      '',
      '本报通讯员 鄂晓丽',
      '',
      '尼尔基讯　近日，呼伦贝尔市莫力达瓦达斡尔族自治旗人民法院聘请3名达斡尔语调解员。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toEqual(['农民工工资被拖欠怎么办？', '莫力达瓦达斡尔族自治旗法院：达斡尔语调解员“驻庭”化纠纷']);
  });

  it('joins a photographer\'s credit in brackets alone on its line to the caption above it, not to the headline under it (a development page, MuPDF)', () => {
    const raw = ['▲ 冬捕现场，渔民合力收网，银鳞翻涌。', '', '（刘鹏 摄）', '', '那达慕上的“普法', '蒙古包”', '', '本报通讯员 巴雅尔', '', '新巴尔虎右旗讯 7月18日，新巴尔虎右旗人民法院在那达慕大会现场设立普法蒙古包。'].join('\n');
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('那达慕上的“普法蒙古包”');
  });

  it('reads the publication and page label printed on one line as the masthead', () => {
    const analysis = analyzePage(page('法院专刊 06版', '', '某县法院开展普法活动', '', '某县讯 近日，某县人民法院组织干警开展普法宣传活动。'));
    expect(analysis).toMatchObject({ publication: '法院专刊', page_label: '06版', furniture: ['法院专刊', '06版'] });
    expect(analysis.articles.map((article) => article.title)).toEqual(['某县法院开展普法活动']);
  });

  it('never takes quoted speech or a short paragraph running in a column for a caption', () => {
    const raw = page(
      '兄弟和好',
      '',
      '本报通讯员●张三',
      '',
      '“三万块钱借了八年，',
      '你到底还不还？”',
      '“那钱是爹卖羊的钱，',
      '本来就有我一份！”',
      '一进调解室，兄弟俩就',
      '吵得面红耳赤，谁也不看谁。',
      '哥哥愣住了，半天没说',
      '出话来。',
      '法官拿出纸笔，帮兄弟俩',
      '把这些年的账一笔一笔算清',
      '楚，两人最终握手言和。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.type)).not.toContain('caption');
  });

  it('opens a paragraph at a line two cells short of a column whose first lines lost their indent', () => {
    // Every paragraph's first line is 10 cells in a 12-cell column: the indent was dropped.
    const raw = page(
      '兄弟和好',
      '',
      '本报通讯员●张三',
      '',
      '一进调解室，兄弟俩就',
      '吵得面红耳赤，哥哥手里攥',
      '着一张发黄的欠条，弟弟把',
      '头扭向窗外。',
      '法官没有急着开口，而',
      '是给兄弟俩各倒了一杯热茶，',
      '请两人先坐下来，把心里话',
      '慢慢说出来。',
      '“先喝口茶，慢慢说。”',
      '原来，弟弟向哥哥借钱',
      '做生意，一直没有还上，两',
      '人又因为老房子的事闹翻，',
      '八年没说过一句话。',
      '调解室里安静了下来。',
      '过了好一会儿，哥哥把欠条',
      '推到弟弟面前，说剩下的钱',
      '分两年还就行。',
      '据了解，今年以来，该',
      '院共调解家事纠纷一百三十',
      '余件。',
      '该院负责人介绍，家事',
      '纠纷调解重在修复亲情。',
    );
    expect(analyzePage(raw).articles[0].blocks.map((block) => block.text)).toEqual([
      '一进调解室，兄弟俩就吵得面红耳赤，哥哥手里攥着一张发黄的欠条，弟弟把头扭向窗外。',
      '法官没有急着开口，而是给兄弟俩各倒了一杯热茶，请两人先坐下来，把心里话慢慢说出来。',
      '“先喝口茶，慢慢说。”',
      '原来，弟弟向哥哥借钱做生意，一直没有还上，两人又因为老房子的事闹翻，八年没说过一句话。',
      '调解室里安静了下来。过了好一会儿，哥哥把欠条推到弟弟面前，说剩下的钱分两年还就行。',
      '据了解，今年以来，该院共调解家事纠纷一百三十余件。',
      '该院负责人介绍，家事纠纷调解重在修复亲情。',
    ]);
  });

  it('keeps the signature of a notice, the issuing court and the date, in the notice', () => {
    const raw = page('法院专刊', '', '公告', '', '王某某：', '', '本院受理原告某公司诉你买卖合同纠纷一案，已审理终结。', '', '特此公告。', '', '某县人民法院', '', '2025年10月20日');
    const analysis = analyzePage(raw);
    expect(analysis.furniture).toEqual(['法院专刊']);
    expect(analysis.articles[0].blocks.map((block) => [block.type, block.text]).slice(-2)).toEqual([
      ['paragraph', '某县人民法院'],
      ['paragraph', '2025年10月20日'],
    ]);
  });

  it('reads a two-line headline closing on a question as the title where a byline proves it', () => {
    const raw = page('网购大衣拆了吊牌', '还能“七天无理由退货”吗？', '本报通讯员 孙悦', '　　法院经审理认为，拆除吊牌属于合理拆封，并不影响商品完好。');
    expect(analyzePage(raw).articles[0]).toMatchObject({ title: '网购大衣拆了吊牌 还能“七天无理由退货”吗？', byline: '本报通讯员 孙悦' });
  });

  it('takes the writer\'s unit in brackets at the end of a piece as its credit', () => {
    const raw = page('借钱没写还款日期怎么办', '', '本报通讯员●张三', '', '答：借款人可以随时返还，出借人也可以催告借款人在合理期限内返还。', '', '（作者单位：某某区人民法院）');
    expect(analyzePage(raw).articles[0].credit).toBe('（作者单位：某某区人民法院）');
  });

  it('never runs an open sentence into the headline standing over a dateline, and gives the cut article back its own credit', () => {
    const raw = page(
      '甲旗法院冬季执行见成效',
      '',
      '本报通讯员●张三',
      '',
      '入冬以来，甲旗人民法院集中开展执行',
      '行动，执结案件一百余件。',
      '',
      '执行干警连续蹲守多日，被执行人当场',
      '支付了部分欠款，余款由其亲属送到',
      '',
      '',
      '乙市中院召开质效分析会',
      '',
      '乙市讯 近日，乙市中级人民法院召开',
      '审判质效分析会，部署下一阶段工作。',
      '',
      '（李四）',
      '',
      '',
      '了法院，申请人终于拿到了欠款。',
      '',
      '（甲旗人民法院供稿）',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title, article.credit])).toEqual([
      ['甲旗法院冬季执行见成效', '（甲旗人民法院供稿）'],
      ['乙市中院召开质效分析会', '（李四）'],
    ]);
    expect(analysis.articles[0].blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(analysis.articles[0].blocks[1].text).toBe('执行干警连续蹲守多日，被执行人当场支付了部分欠款，余款由其亲属送到了法院，申请人终于拿到了欠款。');
  });

  it('never runs a credit wrapped over two lines on into a paragraph tail set after it', () => {
    const raw = page(
      '丙旗法院推行网上立案',
      '本报通讯员●王五',
      '　　丙旗人民法院推行网上立案，',
      '群众在家就能办好',
      '',
      '在线庭审',
      '　　该院今年在线开庭三百余次。',
      '（丙旗人民',
      '法院供稿）',
      '',
      '了，省下了路费。',
    );
    const [article] = analyzePage(raw).articles;
    expect(article.credit).toBe('（丙旗人民法院供稿）');
    expect(article.blocks.map((block) => block.text)).toEqual(['丙旗人民法院推行网上立案，群众在家就能办好了，省下了路费。', '在线庭审', '该院今年在线开庭三百余次。']);
  });

  it('moves a lead set after the last article\'s credit to the article that opens with a section head', () => {
    const raw = page(
      '以“枫桥经验”推进林区诉源治理',
      '',
      '——丁市人民法院诉源治理工作纪实',
      '',
      '本报记者●赵六',
      '',
      '法官工作站建到林场',
      '',
      '该院在各林场设立法官工作站，诉前化解纠纷一百余件。',
      '',
      '戊区法院集中发放执行案款',
      '',
      '戊区讯 近日，戊区人民法院集中发放执行案款三百余万元。',
      '',
      '（孙七）',
      '',
      '丁市地处林区腹地，近年来，丁市人民法院坚持“枫桥经验”，推进林区诉源治理，收案数连续下降。',
    );
    const analysis = analyzePage(raw);
    expect(analysis.moves.map((move) => move.kind)).toEqual(['lead-at-end']);
    expect(analysis.articles[0].blocks[0].text).toMatch(/^丁市地处林区腹地/u);
    expect(analysis.articles[1]).toMatchObject({ credit: '（孙七）' });
    expect(analysis.articles[1].blocks).toHaveLength(1);
  });

  it('moves a caption set after another article\'s credit to the article whose headline it matches', () => {
    const raw = page(
      '己旗法院巡回法庭开进嘎查',
      '',
      '己旗讯 近日，己旗人民法院巡回法庭在嘎查审理一起草场纠纷案。',
      '',
      '（周八）',
      '',
      '庚市法院召开商事审判座谈会',
      '',
      '庚市讯 近日，庚市人民法院召开商事审判座谈会，听取企业意见。',
      '',
      '（吴九）',
      '',
      '▲巡回法庭在嘎查开庭审理草场纠纷案。郑十 摄',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles[0].blocks.map((block) => block.type)).toEqual(['paragraph', 'caption']);
    expect(analysis.articles[1].blocks.map((block) => block.type)).toEqual(['paragraph']);
    expect(analysis.moves.map((move) => move.kind)).toEqual(['stray-caption']);
    // Undone, the caption stays where it was printed.
    const undone = assemblePage(analysis, { undoMoves: analysis.moves.map((move) => move.id) });
    expect(undone.articles[1].blocks.map((block) => block.type)).toEqual(['paragraph', 'caption']);
  });
});

describe('heads and lists that stand on lines of their own', () => {
  const paragraphs = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => `${block.type}:${block.text}`));

  it('never runs a 【】 head alone on its line on into the text under it, even at a narrow measure', () => {
    const raw = '父亲去世后 儿子能否继承他的网络账号\n\n准格尔旗人民法院 张倩 王浩\n\n【基本案情】\n老李生前经营一家网店，\n店铺账号绑定在某电商\n平台上。老李因病去世\n后，其子小李要求平台\n将账号及账户余额转移\n到自己名下。\n\n【法院判决】\n法院判决驳回诉讼请求。\n';
    expect(paragraphs(raw).slice(0, 2)).toEqual(['heading:【基本案情】', 'paragraph:老李生前经营一家网店，店铺账号绑定在某电商平台上。老李因病去世后，其子小李要求平台将账号及账户余额转移到自己名下。']);
  });

  it('opens the first item of a list announced by a colon across a blank line', () => {
    const raw = '物业纠纷典型案例\n本报记者●王芳\n近日，某中院发布物业纠纷\n典型案例。以下为部分典型案例：\n\n案例一\n房屋漏水久拖不修\n\n业主李某所住房屋因楼上漏水受损。\n';
    expect(paragraphs(raw)[0]).toBe('paragraph:近日，某中院发布物业纠纷典型案例。以下为部分典型案例：');
  });
});

describe('the masthead\'s date over its weekday', () => {
  it('is one furniture item, its space kept', () => {
    const analysis = analyzePage('法院专刊\n2025年3月21日\n星期五\n06版\n\n法治文化进社区\n　　金秋时节，甲区人民法院在社区广场举办法治文化展演活动。\n');
    expect(analysis.furniture).toEqual(['法院专刊', '2025年3月21日 星期五', '06版']);
  });
});

describe('a head\'s short line on a page set one line per paragraph', () => {
  it('never runs on into the long line under it when it closes on no mark (a corpus train page)', () => {
    const blocks = analyzePage(caseHeadsExcerpt).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(blocks).toContain('案例一：非法猎捕狍子案');
    expect(blocks).toContain('案例二：呼伦湖非法捕捞案');
  });
});

describe('a colon at the end of a paragraph', () => {
  it('ends it across a blank line where the next opens on a quotation or a head, or after 如下：', () => {
    const raw = '老法官的笔记本\n\n本报记者●王芳\n\n他常跟年轻法官说：\n\n“这里的案子不大，可每一件都连着老百姓的日子。”\n\n判决主文如下：\n\n被告于本判决生效之日起十日内支付货款。\n';
    const blocks = analyzePage(raw).articles[0].blocks.map((block) => block.text);
    expect(blocks).toEqual(['他常跟年轻法官说：', '“这里的案子不大，可每一件都连着老百姓的日子。”', '判决主文如下：', '被告于本判决生效之日起十日内支付货款。']);
  });
});

describe('a line that opens on 本报记者', () => {
  it('is a byline only where the label is followed by a name, a mark or nothing', () => {
    const byline = (text: string) => extractLineFeatures(0, text, false).byline;
    expect(['本报记者王芳', '本报记者 王芳', '本报记者●王芳 通讯员 李明', '本报通讯员'].map(byline)).toEqual([true, true, true, true]);
    expect(byline('本报记者就诉源治理工作采')).toBe(false);
  });

  it('opens the second of two stacked heads\' articles at the dateline in the first one\'s text, the same when assembled again, and undoes it on request', () => {
    const analysis = analyzePage(stackedHeadsPage);
    const titles = analysis.articles.map((article) => article.title);
    expect(titles).toContain('口岸法治简讯');
    expect(titles).toContain('全区法院第二届蒙汉双语调解技能竞赛获奖名单');
    const roundup = analysis.articles.find((article) => article.title === '口岸法治简讯');
    const list = analysis.articles.find((article) => article.title === '全区法院第二届蒙汉双语调解技能竞赛获奖名单');
    expect(roundup?.blocks.at(-1)?.text.startsWith('东乌珠穆沁旗：')).toBe(true);
    expect(list?.dateline).toBe('本报呼和浩特讯');
    expect(analysis.moves.map((move) => move.kind)).toEqual(['stacked-heads']);
    // Assembled again (as every edit does), the page reads the same.
    expect(assemblePage(analysis, {}).articles).toEqual(analysis.articles);
    // Undone, the text stays under the head it was printed under, the second.
    const undone = assemblePage(analysis, { undoMoves: analysis.moves.map((move) => move.id) });
    expect(undone.articles.find((article) => article.title === '口岸法治简讯')?.blocks).toEqual([]);
  });
});
