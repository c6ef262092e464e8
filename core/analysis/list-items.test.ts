import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { AWARD_GRADE } from './line-patterns';
// A tight one-line-per-paragraph layout of a development-set page: a list whose last part names courts one to a line.
import courtsOnePerLine from './test-support/extractor-pages/oneline-dev-courts-one-per-line.txt?raw';
// A narrow text layout of a page of development-set articles (test-support/extractor-pages/README.md).
import listTitlesPage from './test-support/extractor-pages/narrow-dev-list-titles.txt?raw';
import { page } from './test-support/page-lines';
// A narrow layout of a development-set list of essays: each entry's work, name and unit wrap anywhere (…》 刘 / 雅琴（…）,
// …》 王建军 / （海拉尔铁路运输法院）, …乌兰（包头 / 铁路运输法院）), under grades counted in 篇.
import entriesWrapped from './test-support/extractor-pages/narrow-dev-list-entries-wrapped.txt?raw';
// MuPDF's text of the same list printed by Chromium: entries wrapped over three lines (…赵宏 / 伟（…中级法 / 院）), a blank line
// after each line, justified lines letter-spaced (《 书 ⻚ 间 的 初 ⼼ 》  乌 兰).
// A narrow layout of a whole page (tune7): entries set as a name, a space and the unit unbracketed, wrapped inside the court's name or
// into its tribunal (乌兰托娅 额济纳旗人民法院执 / 行局, 格日勒图 阿拉善左旗人民法院 / 巴润别立人民法庭), under grades, then
// courts one to a line over the next article's question head.
import spacedEntries from './test-support/extractor-pages/narrow-dev-list-spaced-entries.txt?raw';
// A narrow layout of a whole page (tune5): entries of a name and its unit in brackets, each wrapped inside the court's name
// (王丽娜（呼和浩特市中级人民法 / 院）), under grades.
import bracketedEntriesWrapped from './test-support/extractor-pages/narrow-dev-list-bracketed-entries-wrapped.txt?raw';
// One-line-per-paragraph layouts (tune5; the first a whole page): a list closing on courts one to a line, over the next article's head and byline.
import courtsOverHead from './test-support/extractor-pages/oneline-dev-courts-over-head.txt?raw';
// A wide layout of development-set articles: a list's entries, each a name and its court between blank lines, the court's
// league or city and banner running to nine characters and more (那日苏 鄂尔多斯市鄂托克前旗人民法院).
import longPlaceEntries from './test-support/extractor-pages/wide-dev-spaced-entries-long-places.txt?raw';
import courtsOverColumnHead from './test-support/extractor-pages/indented-oneline-dev-courts-over-column-head.txt?raw';
import entriesWrappedMutool from './test-support/extractor-pages/mutool-dev-list-entries-wrapped.txt?raw';

// Lists and notices set item by item: a work's title in 《》 and the court and names after it wrap in a narrow
// column; set one line per item, an item that closes on no mark is still whole. Excerpts of text layouts of
// articles written for the development set outside the corpus.
const paragraphs = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text));

describe('a notice\'s closing formula and a picture\'s caption', () => {
  it('sets 特此公告 apart from the line above, whatever that line ends on', () => {
    const raw = page(
      '呼和浩特市新城区人民法院开庭公告',
      '',
      '本院定于下列时间在本院第',
      '三审判庭公开开庭审理以下',
      '案件，依法公告。',
      '',
      '案号：（2025）内0102',
      '民初 5546 号 原告：孟庆',
      '华 被告：内蒙古恒泰建筑',
      '装饰工程有限公司 开庭时',
      '间：2025 年10月29日上午 ',
      '9 时30分',
      '',
      '案号：（2025）内0102',
      '民初5702号 原告：乌日娜 ',
      '被告：刘建军、张桂芳 开',
      '庭时间：2025年10月 30 日',
      '下午 2 时30分',
      '',
      '特此公告。',
      '',
      '呼和浩特市新城区人民',
      '法院',
    );
    expect(paragraphs(raw)).toContain('特此公告。');
  });

  it('runs a caption that opens on 图为 on to its wrapped end', () => {
    const raw = page(
      '烧荒引燃草原林地 被告人担刑责补植复绿',
      '\u3000\u3000宣判后，张某未上诉，判决已发生法律效力。',
      '图为克什克腾旗人民法院法官与林草部门工作人员在过火区查看补',
      '植樟子松的成活情况。',
      '【典型意义】',
      '\u3000\u3000本案是一起因烧荒引发的失火案件。',
    );
    const captions = analyzePage(raw).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'caption').map((block) => block.text));
    expect(captions).toEqual(['图为克什克腾旗人民法院法官与林草部门工作人员在过火区查看补植樟子松的成活情况。']);
  });
});

describe('list items', () => {
  it('keeps entries of a name, a space and an unbracketed unit whole, and the courts one to a line apart from the head under them', () => {
    const analysis = analyzePage(spacedEntries);
    const titles = analysis.articles.map((article) => article.title);
    expect(titles.slice(titles.indexOf('全盟法院第二届“法官讲法治故事”比赛获奖名单'), titles.indexOf('全盟法院第二届“法官讲法治故事”比赛获奖名单') + 2)).toEqual(['全盟法院第二届“法官讲法治故事”比赛获奖名单', '合伙买下收割机 散伙后怎么分？']);
    const texts = analysis.articles[titles.indexOf('全盟法院第二届“法官讲法治故事”比赛获奖名单')].blocks.map((block) => block.text);
    expect(texts).toEqual(expect.arrayContaining(['二等奖', '乌兰托娅 额济纳旗人民法院执行局', '格日勒图 阿拉善左旗人民法院巴润别立人民法庭', '孟和巴雅尔 阿拉善右旗人民法院雅布赖人民法庭', '阿拉善右旗人民法院']));
  });

  it('keeps each entry of a name and its court apart where the court’s league or city and banner run to a dozen characters', () => {
    const texts = analyzePage(longPlaceEntries).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toEqual(expect.arrayContaining(['乔文军 鄂尔多斯市准格尔旗人民法院', '那日苏 鄂尔多斯市鄂托克前旗人民法院', '贺永平 鄂尔多斯市鄂托克旗人民法院', '苏雅拉图 鄂尔多斯市杭锦旗人民法院', '李二军 鄂尔多斯市乌审旗人民法院']));
  });

  it('runs an entry on where its line ended inside the court’s place, before the banner’s word (孟和巴雅尔 阿拉善右 / 旗人民法院…)', () => {
    // A narrow layout of a development-set list: each entry a name, a space and its court, wrapped at the measure.
    const raw = page(
      '全盟法院“最美基层干警”名单',
      '',
      '名单如下：',
      '',
      '孟和巴雅尔 阿拉善右',
      '旗人民法院雅布赖人民法庭',
      '',
      '那顺乌日图 阿拉善左',
      '旗人民法院司法警察大队',
      '',
      '额日登其其格 额济纳',
      '旗人民法院达来呼布人民法',
      '庭',
    );
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toEqual(expect.arrayContaining(['孟和巴雅尔 阿拉善右旗人民法院雅布赖人民法庭', '那顺乌日图 阿拉善左旗人民法院司法警察大队']));
  });

  it('takes no wrapped entry of a name and its bracketed unit for a headline or a byline', () => {
    expect(analyzePage(bracketedEntriesWrapped).articles.map((article) => [article.title, article.byline])).toEqual([
      ['2024年度全区法院优秀裁判文书评选结果揭晓', null],
      ['林区巡回路 一年跑出三万七千公里', '本报记者 孟和 通讯员 关小丽'],
    ]);
  });

  it('leaves the last of courts named one to a line out of the head under it, indented or not', () => {
    expect(analyzePage(courtsOverHead).articles.map((article) => [article.title, article.byline])).toContainEqual(['那达慕上的“普法蒙古包”', '本报通讯员 巴雅尔']);
    expect(analyzePage(courtsOverColumnHead).articles.map((article) => [article.title, article.byline])).toEqual([['对话院长：让牧民打官司不出苏木', '本报记者 萨其拉']]);
  });

  it('keeps every entry whole in MuPDF\'s text too, each apart from the next', () => {
    const analysis = analyzePage(entriesWrappedMutool);
    expect(analysis.articles.map((article) => article.title)).toEqual(['风电场占草场补偿起纷争 阿鲁科尔沁旗法院示范判决化解42件系列案', '呼和浩特铁路运输中级法院“读书·明法·修身”主题征文获奖名单']);
    const entries = analysis.articles[1].blocks.map((block) => block.text.replace(/\s/gu, '')).filter((text) => text.startsWith('《'));
    expect(entries).toHaveLength(12);
    expect(entries).toEqual(expect.arrayContaining(['《读史明法话公正》赵宏伟（呼和浩特铁路运输中级法院）', '《书页间的初心》乌兰（包头铁路运输法院）', '《守护铁路线也守护公平线》郭敏（呼和浩特铁路运输法院）']));
  });

  it('keeps an entry whose name and unit wrap at a narrow measure whole: the unit in brackets is no credit', () => {
    const analysis = analyzePage(entriesWrapped);
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0].credit).toBeNull();
    const texts = analysis.articles[0].blocks.map((block) => block.text);
    expect(texts).toEqual(expect.arrayContaining([
      '一等奖（2篇）',
      '《在春运一线读懂“人民”二字》 张晓峰（包头铁路运输法院）',
      '《乡土社会里的调解智慧》 刘雅琴（呼和浩特铁路运输法院）',
      '《一本卷宗的分量》 王建军（海拉尔铁路运输法院）',
      '《书页间的初心》 乌兰（包头铁路运输法院）',
    ]));
  });

  it('keeps an item whose work\'s title, court and names wrap in a narrow column whole', () => {
    const raw = page(
      '呼伦贝尔中院2025年度优秀裁判文书名单',
      '',
      '经基层法院推荐、评审委员会初',
      '评和复评，共评选出一等奖',
      '3篇。现将名单公布如下：',
      '',
      '1.《呼伦贝尔某牧业有',
      '限公司与巴某某草原承包经',
      '营权流转合同纠纷案民事判',
      '决书》 呼伦贝尔市中级人',
      '民法院 孟庆华',
      '',
      '2.《李某某非法收购、',
      '运输珍贵、濒危野生动物案',
      '刑事判决书》 额尔古纳市',
      '人民法院 宝音',
    );
    expect(paragraphs(raw).slice(-2)).toEqual([
      '1.《呼伦贝尔某牧业有限公司与巴某某草原承包经营权流转合同纠纷案民事判决书》 呼伦贝尔市中级人民法院 孟庆华',
      '2.《李某某非法收购、运输珍贵、濒危野生动物案刑事判决书》 额尔古纳市人民法院 宝音',
    ]);
  });

  it('does not end an item, nor set a phrase space, inside a work\'s title left open on its first line', () => {
    const texts = analyzePage(listTitlesPage).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('5.《赵某某与孙某某离婚纠纷案民事判决书》 鄂温克族自治旗人民法院 其木格');
  });

  it('reads a list\'s wrapped items as paragraphs and an award\'s grade over them as a heading, never a byline', () => {
    const blocks = analyzePage(listTitlesPage).articles[0].blocks;
    const grade = blocks.findIndex((block) => block.text === '二等奖');
    expect(blocks[grade].type).toBe('heading');
    expect(blocks.slice(grade + 1, grade + 6).map((block) => [block.type, block.text.slice(0, 2)])).toEqual([
      ['paragraph', '4.'],
      ['paragraph', '5.'],
      ['paragraph', '6.'],
      ['paragraph', '7.'],
      ['paragraph', '8.'],
    ]);
  });

  it('opens the next item under one that closed on its names, across a blank line, one line per item', () => {
    const raw = page(
      '呼伦贝尔中院2025年度优秀裁判文书名单',
      '',
      '一等奖',
      '',
      '1.《呼伦贝尔某牧业有限公司与巴某某草原承包经营权流转合同纠纷案民事判决书》 呼伦贝尔市中级人民法院 孟庆华',
      '',
      '2.《李某某非法收购、运输珍贵、濒危野生动物案刑事判决书》 额尔古纳市人民法院 宝音',
    );
    expect(paragraphs(raw).slice(-2).map((text) => text.slice(0, 4))).toEqual(['1.《呼', '2.《李']);
  });

  it('reads each long line of a notice set one line per paragraph as whole, marks or not', () => {
    const raw = page(
      '呼和浩特市新城区人民法院开庭公告',
      '本院定于下列时间在本院第三审判庭公开开庭审理以下案件，依法公告。',
      '案号：（2025）内0102民初5318号 原告：呼和浩特市瑞丰物业服务有限公司 被告：赵文斌 开庭时间：2025年10月28日上午9时',
      '案号：（2025）内0102民初5546号 原告：孟庆华 被告：内蒙古恒泰建筑装饰工程有限公司 开庭时间：2025年10月29日上午9时30分',
      '特此公告。',
      '呼和浩特市新城区人民法院',
    );
    expect(paragraphs(raw).filter((text) => text.startsWith('案号'))).toHaveLength(2);
  });

  it('reads a list set one item to a line, with no blank lines, as one paragraph per item, semicolons or none', () => {
    const raw = page(
      '乌海市海南区人民法院2025年十件实事',
      '今年以来，乌海市海南区人民法院围绕群众急难愁盼问题，确定并推进为民办实事项目10项，目前各项任务均已按计划落实。具体如下：',
      '一是开设“夜间法庭”，每周三晚间为上班族、个体工商户集中办理立案、调解和庭审事务；',
      '二是在拉僧庙镇、巴音陶亥镇、公乌素镇设立3个法官工作站，每月定期派驻法官接待群众；',
      '三是对涉农民工工资案件实行“当日立案、优先调解、快速执行”，全年为农民工追回欠薪286万元；',
      '四是为70周岁以上老年人、残疾人提供上门立案和预约调解服务。',
      '（乌海市海南区人民法院供稿）',
      '呼伦贝尔中院2025年度优秀裁判文书名单',
      '为进一步提升裁判文书质量，强化释法说理，呼伦贝尔市中级人民法院组织开展了2025年度全市法院优秀裁判文书评选活动。现将名单公布如下：',
      '一等奖',
      '1.《呼伦贝尔某牧业有限公司与巴某某草原承包经营权流转合同纠纷案民事判决书》 呼伦贝尔市中级人民法院 孟庆华',
      '2.《李某某非法收购、运输珍贵、濒危野生动物案刑事判决书》 额尔古纳市人民法院 宝音',
      '3.《王某与某物业服务有限公司物业服务合同纠纷案民事判决书》 海拉尔区人民法院 乌日娜',
    );
    expect(paragraphs(raw).map((text) => text.slice(0, 4))).toEqual(['今年以来', '一是开设', '二是在拉', '三是对涉', '四是为7', '为进一步', '1.《呼', '2.《李', '3.《王']);
  });

  it('opens each entry of a notice on its label, across a blank line, whatever the entry above ended on', () => {
    const raw = page(
      '呼和浩特市新城区人民法院开庭公告',
      '',
      '本院定于下列时间在本院第三审判庭公开开庭审理以下案件，依法公告。',
      '',
      '案号：（2025）内0102民初5318号 原告：呼和浩特市瑞丰物业服务有限公司 ',
      '被告：赵文斌 开庭时间：2025年10月28日上午9时',
      '',
      '案号：（2025）内0102民初5546号 原告：孟庆华 被告：内蒙古恒泰建筑装饰',
      '工程有限公司 开庭时间：2025年10月29日上午9时30分',
      '',
      '案号：（2025）内0102民初5702号 原告：乌日娜 被告：刘建军、张桂芳 开',
      '庭时间：2025年10月30日下午2时30分',
      '',
      '特此公告。',
    );
    expect(paragraphs(raw).filter((text) => text.startsWith('案号'))).toHaveLength(3);
  });

  it('sets an award\'s grade alone on its line apart from the list\'s items on either side, one line per item', () => {
    const raw = page(
      '呼伦贝尔中院2025年度优秀裁判文书名单',
      '为进一步提升裁判文书质量，强化释法说理，呼伦贝尔市中级人民法院组织开展了2025年度全市法院优秀裁判文书评选活动。现将名单公布如下：',
      '一等奖',
      '1.《呼伦贝尔某牧业有限公司与巴某某草原承包经营权流转合同纠纷案民事判决书》 呼伦贝尔市中级人民法院 孟庆华',
      '2.《王某与某物业服务有限公司物业服务合同纠纷案民事判决书》 海拉尔区人民法院 乌日娜',
      '二等奖',
      '3.《张某某诉某旅游有限公司旅游合同纠纷案民事判决书》 满洲里市人民法院 刘海波',
    );
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('二等奖');
    expect(texts.filter((text) => /^\d\.《/u.test(text))).toHaveLength(3);
  });

  it('sets the first award grade apart from the colon that announces the list, where paragraphs open indented', () => {
    const raw = page(
      '包头法院书记员技能竞赛获奖名单',
      '　　为提升书记员庭审记录和司法辅助工作能力，包头市中级人民法院于11月举',
      '办全市法院书记员岗位技能竞赛，竞赛设速录、庭审笔录制作和电子卷宗编目三',
      '个项目。经综合评定，现将获奖名单公布如下：',
      '一等奖',
      '　　1.刘佳怡 包头市九原区人民法院',
      '二等奖',
      '　　2.白雪 包头市青山区人民法院',
    );
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('一等奖');
    expect(texts.some((text) => text.endsWith('现将获奖名单公布如下：'))).toBe(true);
  });

  it('opens the next article at a notice\'s headline under a list\'s last item, the item no part of its title', () => {
    const raw = page(
      '包头法院书记员技能竞赛获奖名单',
      '　　经综合评定，现将获奖名单公布如下：',
      '一等奖',
      '　　1.刘佳怡 包头市九原区人民法院',
      '二等奖',
      '　　2.白雪 包头市青山区人民法院',
      '　　3.郭美玲 包头市东河区人民法院',
      '',
      '阿拉善右旗人民法院招聘聘用制书记员公告',
      '　　根据工作需要，经研究决定，阿拉善盟阿拉善右旗人民法院面向社会公开招聘聘用制书记员4名。现将有关事项公告如下：',
      '　　一、报名条件：具有大专及以上学历。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('阿拉善右旗人民法院招聘聘用制书记员公告');
  });
});

// A decision's salutation, its lists' labels and a list of names with their units: excerpts of text layouts of the
// third development set (corpus/dev/tune3).
describe('a decision\'s salutation and lists', () => {
  const blocksOf = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));

  it('ends the salutation at its colon when its addressees, parted by a comma, wrap at a narrow measure', () => {
    const raw = ['通辽市中级人民法院关于表彰2024年度全市法院先进集体和先进个人的决定', '', '各旗县市区人民法院，本院', '各部门：', '', '2024年，全市法院紧紧围绕', '“公正与效率”工作主题，忠', '实履行审判职责。'].join('\n');
    expect(blocksOf(raw).slice(0, 2)).toEqual(['各旗县市区人民法院，本院各部门：', '2024年，全市法院紧紧围绕“公正与效率”工作主题，忠实履行审判职责。']);
  });

  it('sets a list\'s label apart under the lead-in that announces it and under the list before, where paragraphs open indented', () => {
    const raw = page(
      '锡林郭勒盟中级人民法院表彰2024年度全盟法院先进集体和先进个人',
      '　　锡林浩特讯  2024年，全盟法院广大干警紧紧围绕“公正与效率”主题，忠实履行审判',
      '执行职责，涌现出一批先进集体和先进个人。近日，经锡林郭勒盟中级人民法院党组研究决',
      '定，授予锡林浩特市人民法院宝力根人民法庭等8个集体“全盟法院先进集体”称号，授予',
      '其木格等12名同志“全盟法院先进个人”称号。名单如下：',
      '全盟法院先进集体（8个）',
      '　　锡林浩特市人民法院宝力根人民法庭、二连浩特市人民法院立案庭、西乌珠穆沁旗人民',
      '法院执行局、阿巴嘎旗人民法院别力古台人民法庭、正蓝旗人民法院上都人民法庭、多伦县',
      '人民法院刑事审判庭、太仆寺旗人民法院诉讼服务中心、锡林郭勒盟中级人民法院民事审判',
      '第一庭',
      '全盟法院先进个人（12名）',
      '　　其木格（锡林浩特市人民法院）、王志强（二连浩特市人民法院）、乌力吉巴雅尔（东',
      '乌珠穆沁旗人民法院）、刘晓霞（西乌珠穆沁旗人民法院）、阿拉坦仓（苏尼特左旗人民法',
      '院）、张宏伟（苏尼特右旗人民法院）、斯琴图雅（镶黄旗人民法院）、李建国（正镶白旗',
      '人民法院）、赵丽娟（太仆寺旗人民法院）、高娃（阿巴嘎旗人民法院）、陈永胜（多伦县',
      '人民法院）、宝音德力格尔（锡林郭勒盟中级人民法院）',
      '　　锡盟中院要求，受到表彰的先进集体和先进个人要珍惜荣誉、再接再厉；全盟法院干警',
    );
    const blocks = blocksOf(raw);
    expect(blocks).toContain('全盟法院先进集体（8个）');
    expect(blocks).toContain('全盟法院先进个人（12名）');
    expect(blocks.some((block) => block.startsWith('锡林浩特市人民法院宝力根人民法庭') && block.endsWith('民事审判第一庭'))).toBe(true);
  });

  it('ends a list of names with their units at its last bracket across a blank line', () => {
    const names = '其木格（锡林浩特市人民法院）、王志强（二连浩特市人民法院）、刘晓霞（西乌珠穆沁旗人民法院）、宝音德力格尔（锡林郭勒盟中级人民法院）';
    const raw = ['全盟法院先进个人（12名）', '', names, '', '锡盟中院要求，受到表彰的先进集体和先进个人要珍惜荣誉、再接再厉。'].join('\n');
    expect(blocksOf(raw)).toEqual(expect.arrayContaining([names, '锡盟中院要求，受到表彰的先进集体和先进个人要珍惜荣誉、再接再厉。']));
  });
});

// A narrow text layout of a development-set page whose numbered paragraphs lost their first-line indent.
import numberedOpenerShortPage from './test-support/extractor-pages/narrow-dev-numbered-opener-short.txt?raw';

describe('a numbered paragraph whose first line lost its indent', () => {
  it('runs on into the full line under it, the indent short of which it stops', () => {
    const texts = analyzePage(numberedOpenerShortPage).articles.flatMap((article) => article.blocks.map((block) => `${block.type}:${block.text}`));
    expect(texts.some((text) => text.startsWith('paragraph:6.对暂时经营困难但有发展前景的企业，积极引导当事人达'))).toBe(true);
  });
});

// Real MuPDF output of a corpus train page (frozen): a list's items end on their courts, each cut inside 人民法院.
import listCourtCutPage from './test-support/extractor-pages/mutool-train-p075-list-court-cut.txt?raw';

describe('a list whose items\' courts are cut inside 人民法院 (MuPDF)', () => {
  it('joins each court\'s name and ends the item there, so the roundup under the list opens its own article', () => {
    const analysis = analyzePage(listCourtCutPage);
    const titles = analysis.articles.map((article) => article.title.replace(/\s/gu, ''));
    expect(titles).toContain('全区法院工作简讯');
    const list = analysis.articles.find((article) => article.title.includes('十佳法官'));
    expect(list?.blocks.some((block) => /乌兰察布市卓资县人民法院$/u.test(block.text))).toBe(true);
  });
});

describe('a list of names with their units in brackets', () => {
  it('reads the names as the list\'s entries, not as bylines proving the heads over them (a development page in markdown)', () => {
    const raw = page(
      '# 乌兰察布法院第二届“十佳法官助理”名单揭晓',
      '',
      '**本报集宁讯** 近日,乌兰察布市中级人民法院公布全市法院第二届“十佳法官助理”评选结果。名单如下(按姓氏笔画排序):',
      '',
      '### “十佳法官助理”',
      '',
      '王晓燕(乌兰察布市中级人民法院)',
      '',
      '乌云娜(四子王旗人民法院)',
      '',
      '### 提名奖',
      '',
      '马丽(化德县人民法院)',
      '',
      '包金花(察哈尔右翼前旗人民法院)',
      '',
      '乌兰察布中院号召全市法院干警以受表彰人员为榜样,立足岗位、扎实工作。',
    );
    const articles = analyzePage(raw).articles;
    expect(articles.map((article) => article.title)).toEqual(['乌兰察布法院第二届“十佳法官助理”名单揭晓']);
    expect(articles[0].byline).toBeNull();
  });
});

describe('a list announced by its lead and parted by award grades', () => {
  it('keeps the grades with their counts (一等奖（3名）) and the long names with their units in the list\'s article (a development page)', () => {
    const raw = page(
      '全区法院第二届蒙汉双语调解技能竞赛获奖名单',
      '',
      '本报呼和浩特讯 11月20日，由内蒙古自治区高级人民法院主办的',
      '全区法院第二届蒙汉双语调解技能竞赛在呼和浩特落下帷幕。最终决出一等奖3名、二等奖6名，5家单位获优秀',
      '组织奖。获奖名单如下：',
      '',
      '一等奖（3名）',
      '乌云其其格（东乌珠穆沁旗人民法院）',
      '',
      '包海龙（科尔沁左翼中旗人民法院）',
      '',
      '阿拉坦图雅（鄂温克族自治旗人民法院）',
      '',
      '二等奖（6名）',
      '斯琴高娃（锡林浩特市人民法院）',
      '',
      '额尔敦毕力格（阿拉善左旗人民法院）',
    );
    const articles = analyzePage(raw).articles;
    expect(articles.map((article) => article.title)).toEqual(['全区法院第二届蒙汉双语调解技能竞赛获奖名单']);
    expect(articles[0].blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(expect.arrayContaining(['一等奖（3名）', '二等奖（6名）']));
    expect(articles[0].byline).toBeNull();
  });

  it('reads an award\'s grade with its count in brackets as a grade (一等奖（3名）, 优秀组织奖（5个）)', () => {
    expect(['一等奖（3名）', '优秀组织奖（5个）', '二等奖'].every((text) => AWARD_GRADE.test(text))).toBe(true);
    expect(AWARD_GRADE.test('一等奖获得者')).toBe(false);
  });
});

describe('courts named whole, one to a line', () => {
  it('are a list\'s entries, never one head\'s two phrases (优秀组织奖 / 呼和浩特市中级人民法院 / 赤峰市中级人民法院; a development page)', () => {
    const texts = analyzePage(courtsOnePerLine).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toEqual(expect.arrayContaining(['呼和浩特市中级人民法院', '赤峰市中级人民法院', '通辽市中级人民法院']));
  });
});


describe('a list of works, each with its writers and their unit, one entry to a line', () => {
  it('ends every entry at its line: the longest fills the column, some name two writers', () => {
    const raw = page(
      '全市法院优秀案例分析评选结果揭晓',
      '本报讯 近日，通辽市中级人民法院公布优秀案例分析评选结果。获奖名单如下：',
      '二等奖（4篇）',
      '《冒用他人身份注册公司引发的行政登记纠纷》 李婷婷（通辽市中级人民法院）',
      '《劳动者违反竞业限制约定时违约金的酌减及其认定标准》 包海燕（霍林郭勒市人民法院）',
      '《饲草收购合同中质量异议期的认定》 赵宏伟（库伦旗人民法院）',
      '《执行异议之诉中案外人权利的审查》 王振宇 白玉兰（通辽市中级人民法院）',
      '《保证期间届满后保证责任的认定》 苏日娜（科尔沁左翼后旗人民法院）',
      '希望获奖干警珍惜荣誉、再接再厉，不断提升司法能力和水平。',
    ).replace(/\n\n/gu, '\n');
    const texts = analyzePage(raw).articles[0].blocks.map((block) => block.text);
    expect(texts).toContain('《劳动者违反竞业限制约定时违约金的酌减及其认定标准》 包海燕（霍林郭勒市人民法院）');
    expect(texts).toContain('《执行异议之诉中案外人权利的审查》 王振宇 白玉兰（通辽市中级人民法院）');
    expect(texts).toContain('《保证期间届满后保证责任的认定》 苏日娜（科尔沁左翼后旗人民法院）');
  });
});

describe('an award\'s list of courts', () => {
  it('ends at the blank line under it: courts named one after another and nothing else are no sentence cut by a column', () => {
    const raw = page(
      '全市法院优秀案例分析评选结果揭晓',
      '',
      '本报讯 近日，通辽市中级人民法院公布优秀案例分析评选结果，共评出优秀案例20篇、优秀组织奖3个。',
      '',
      '优秀组织奖',
      '',
      '科尔沁左翼后旗人民法院、奈曼旗人民法院、霍林郭勒市人民法院',
      '',
      '希望获奖干警珍惜荣誉、再接再厉，不断提升司法能力和水平。',
    );
    const texts = analyzePage(raw).articles[0].blocks.map((block) => block.text);
    expect(texts).toContain('科尔沁左翼后旗人民法院、奈曼旗人民法院、霍林郭勒市人民法院');
  });
});

// MuPDF's text of a development page (tune9): a list parted by grades named with whom they went to (团体一等奖, 个人二等奖).
import awardListGrades from './test-support/extractor-pages/mutool-dev-award-list-grades.txt?raw';

describe('a list parted by grades that name a team or a person', () => {
  it('keeps the grades and the courts and names under them in the list, apart', () => {
    const articles = analyzePage(awardListGrades).articles;
    expect(articles.map((article) => article.title)).not.toContain('丰镇市人民法院');
    expect(articles.map((article) => article.title)).not.toContain('郭宏伟（集宁区人民法院）');
    const list = articles.find((article) => article.title === '乌兰察布法院第二届司法警察岗位技能比武获奖名单');
    const texts = list?.blocks.map((block) => block.text) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['团体二等奖', '集宁区人民法院', '丰镇市人民法院', '个人一等奖', '郭宏伟（集宁区人民法院）']));
  });
});

// A text layout of development-set articles (tune9), indented: a list's last line names courts one after another, spaces
// between, as wide as any line of the page, over the next article's headline.
import courtListOverHead from './test-support/extractor-pages/indented-dev-court-list-over-head.txt?raw';

describe('courts set one after another on a line, spaces between', () => {
  it('end the list at their line, though it fills the column, and the headline under them opens the next article', () => {
    const titles = analyzePage(courtListOverHead).articles.map((article) => article.title);
    expect(titles).toContain('赛罕乌拉脚下 马鹿和庄稼都要护');
  });
});
