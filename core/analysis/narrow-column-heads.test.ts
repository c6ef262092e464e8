import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
// MuPDF's text of a development-set page: a punctuated headline over three lines of a narrow column, and a roundup whose items run into their text.
import narrowPunctuated from './test-support/extractor-pages/mutool-dev-narrow-punctuated-head-roundup.txt?raw';
// …and one whose headline opens on its court's name and a colon alone on a line (满洲里法院：).
import courtLeadPage from './test-support/extractor-pages/mutool-dev-court-lead-over-head.txt?raw';
// A text layout of a development-set article at a narrow measure (the first 60 lines): a numbered section head wrapped
// to its last character, a blank line under it.
import numberedHeadTail from './test-support/extractor-pages/narrow-dev-numbered-head-tail.txt?raw';
// MuPDF's text of a development page (tune9): a headline wrapped five characters to a line under the band, one line of it
// a court's name alone (椴树花期蜜 / 蜂成片死亡 / 阿荣旗法院 / 判令农场赔 / 偿蜂农9.6万 / 元).
import courtInsideNarrowHead from './test-support/extractor-pages/mutool-dev-narrow-head-court-inside.txt?raw';
// A fresh narrow layout of development articles: a roundup's items headed by their place and wrapped (额尔古纳：家事调解室 /
// 开进俄罗斯族民俗村), a blank line, then the news on its date or its purpose (4月18日，…, 针对…).
import placeHeadsOverNews from './test-support/extractor-pages/narrow-dev-place-heads-over-news.txt?raw';
// MuPDF's text of development pages (tune2, a fresh round of tune7), a blank line after nearly every line: an official notice's
// headline wrapped before its genre under the band (关于春节期间执行工作安 / 排的通告); a head wrapped inside a quotation over
// five lines (煤矿工人讨薪 / 有了“快车 / 道” 伊金霍洛 / …); a question head whose last words wrapped (…“免责条款”一律 / 有效吗？).
import noticeHeadUnderBand from './test-support/extractor-pages/mutool-dev-notice-head-under-band.txt?raw';
import headQuoteOpen from './test-support/extractor-pages/mutool-dev-head-quote-open.txt?raw';
// (tune8: the quotation opens on the head's first line, 林下蓝莓被“抢 / 采” 牙克石法院判 / 令赔偿2.3万元.)
import headQuoteOpenFirstLine from './test-support/extractor-pages/mutool-dev-head-quote-open-first-line.txt?raw';
import questionHeadTail from './test-support/extractor-pages/mutool-dev-question-head-tail.txt?raw';
// (tune2: a two-phrase head whose question's words the column carried under it, no mark: 承包沙地种苁蓉 合同无效 / 谁担责.)
import headQuestionWords from './test-support/extractor-pages/mutool-dev-head-question-tail-words.txt?raw';
// (A fresh round of tune2: under a roundup's credit, a head whose question's last word and mark the column carried alone,
// 邻家稻田放水淹了玉米地 谁来 / 赔？, over its case's first section.)
import headQuestionOneWord from './test-support/extractor-pages/mutool-dev-head-question-tail-one-word.txt?raw';
// (A fresh round of tune2: a head wrapped inside a word, its tail three characters alone like a name: …评选结 / 果揭晓.)
import headTailLikeName from './test-support/extractor-pages/mutool-dev-head-tail-like-a-name.txt?raw';
// (A fresh round of tune4: a court's decision headed wide over three lines, the court's long name before its 关于.)
import courtNoticeHeadWide from './test-support/extractor-pages/mutool-dev-court-notice-head-wide.txt?raw';
// (A fresh narrow layout of tune2: a case's section label without brackets, its text straight under it: 基本案情 / 扎赉特旗某村村民韩某 / 承包的稻田…)
import caseLabelOverText from './test-support/extractor-pages/narrow-dev-case-label-over-text.txt?raw';
// (A fresh MuPDF round of tune3, the whole page: a paragraph's first line letter-spaced as the column's justification spread it,
// 每 年 金 秋 胡 杨 节 期, over 间，该院党员干警….)
import sectionHeadsPage from './test-support/extractor-pages/mutool-dev-section-head-over-text-pointing-back.txt?raw';

// Heads set in a narrow text column (11–14 cells) where nothing but their shape and what opens under
// them tells them from running text: roundup items headed by their court or place, wrapped case heads,
// a case story's question over its 【案情】. Lines are excerpts of fresh text layouts of corpus train
// articles and of articles written for the development set outside the corpus (never the test split).
const articles = (raw: string) => analyzePage(raw).articles;
const titles = (raw: string) => articles(raw).map((article) => article.title);
const blockTexts = (raw: string, article = 0) => articles(raw)[article].blocks.map((block) => `${block.type}:${block.text}`);

describe('heads in a narrow column', () => {
  it('runs a line that looks like a head on into a line that opens on one character and a pause: a word cut there', () => {
    const analysis = analyzePage(sectionHeadsPage);
    const under = analysis.breaks.find((decision) => analysis.lines[decision.after].text.startsWith('间，该院'));
    expect(under?.decision).toBe('join');
    expect(articles(sectionHeadsPage).some((article) => article.blocks.some((block) => block.text.startsWith('每年金秋胡杨节期间，该院党员干警')))).toBe(true);
    // (A speaker's 我， opens a sentence.)
    const speaker = analyzePage(page('一名基层法官的自述', '我，一名基层法官，在草原上工作了十九年。'));
    expect(speaker.breaks[0].decision).toBe('split');
  });

  it('takes no unbracketed case section label for a head\'s first phrase: the case text under it runs on', () => {
    const texts = articles(caseLabelOverText).flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('基本案情');
    expect(texts.some((text) => text.startsWith('扎赉特旗某村村民韩某承包的稻田与邻居高某的玉米地相邻。'))).toBe(true);
  });

  it('keeps a court\'s decision headed wide over three lines whole, however long the court\'s name before its 关于', () => {
    expect(titles(courtNoticeHeadWide)).toContain('呼和浩特市中级人民法院关于表彰2024年度全市法院优秀人民陪审员的决定');
  });

  it('keeps a notice\'s headline whole when its genre wrapped onto a line as short as a section\'s name under the band', () => {
    expect(titles(noticeHeadUnderBand)[0]).toBe('关于春节期间执行工作安排的通告');
  });

  it('runs a head on into the line that closes the quotation it left open', () => {
    const [article] = articles(headQuoteOpen);
    expect(article.title).toBe('煤矿工人讨薪有了“快车道” 伊金霍洛旗法院结案142件');
    expect(article.subtitle ?? '').toBe('');
    expect(titles(headQuoteOpenFirstLine)[0]).toBe('林下蓝莓被“抢采” 牙克石法院判令赔偿2.3万元');
  });

  it('joins a question\'s last words wrapped under its head', () => {
    expect(articles(questionHeadTail).flatMap((article) => article.blocks.map((block) => block.text))).toContain('保险合同里的“免责条款”一律有效吗？');
  });

  it('ends a head with its question\'s last word carried alone with the mark, and the article opens there', () => {
    expect(titles(headQuestionOneWord)).toContain('邻家稻田放水淹了玉米地 谁来赔？');
  });

  it('takes a head\'s tail shaped like a name for the head\'s words where the wrap parted a word of the language (结|果)', () => {
    const [article] = articles(headTailLikeName);
    expect(article.title).toBe('巴彦淖尔法院优秀庭审评选结果揭晓');
    expect(article.byline ?? '').toBe('');
  });

  it('takes a few words that ask, carried under a head, as the head\'s end, not a writer\'s name', () => {
    const [article] = articles(headQuestionWords);
    expect(article.title).toBe('承包沙地种苁蓉 合同无效谁担责');
    expect(article.byline ?? '').toBe('');
  });

  it('ends a place-led item head wrapped over two lines at the blank line over news that opens on its date or purpose', () => {
    const blocks = blockTexts(placeHeadsOverNews);
    expect(blocks).toEqual(expect.arrayContaining(['heading:额尔古纳：家事调解室开进俄罗斯族民俗村', 'heading:牙克石：为林下种植户开设“蓝莓专窗”', 'heading:陈巴尔虎旗：巡回审判车开进呼和诺尔']));
    expect(blocks.some((block) => block.startsWith('paragraph:针对林下蓝莓、中草药种植面积扩大后'))).toBe(true);
  });

  it('runs a roundup item’s court and the lead after its space into one paragraph where the lead opens on its time', () => {
    // A fresh narrow layout of development articles: each item's court, a space, then its lead.
    const raw = page(
      '敕勒川法苑传真',
      '',
      '托克托县法院 近日，',
      '托克托县人民法院在双河',
      '镇召开调处工作推进会。',
      '（赵敏）',
      '',
      '清水河县法院 今年6月',
      '以来，清水河县人民法院开',
      '展“送法进村”活动，走访',
      '农户120余户。',
      '（王丽）',
    );
    const blocks = blockTexts(raw);
    expect(blocks.some((block) => block.startsWith('paragraph:清水河县法院 今年6月以来，清水河县人民法院开展“送法进村”活动'))).toBe(true);
    expect(blocks.some((block) => block.startsWith('heading:'))).toBe(false);
  });

  it('reads a court alone over a line that fills the column and runs on as an item head, not a two-line head', () => {
    const raw = page(
      '锡林郭勒盟法院综述',
      '刘洋',
      '',
      '今年以来，锡林郭勒盟各基层',
      '法院立足牧区实际，打造了一',
      '批特色工作品牌。',
      '',
      '东乌珠穆沁旗法院',
      '在全旗9个苏木镇设立“草原',
      '法官工作站”，全年巡回办案',
      '260余件，法官驾车行程累计',
      '超过4万公里。',
      '',
      '正蓝旗法院',
      '围绕元上都遗址保护开展环境',
      '资源审判，与文物部门建立协',
      '作机制，审结破坏遗址保护区',
      '环境案件4件。',
    );
    expect(blockTexts(raw)).toEqual([
      'paragraph:今年以来，锡林郭勒盟各基层法院立足牧区实际，打造了一批特色工作品牌。',
      'heading:东乌珠穆沁旗法院',
      'paragraph:在全旗9个苏木镇设立“草原法官工作站”，全年巡回办案260余件，法官驾车行程累计超过4万公里。',
      'heading:正蓝旗法院',
      'paragraph:围绕元上都遗址保护开展环境资源审判，与文物部门建立协作机制，审结破坏遗址保护区环境案件4件。',
    ]);
  });

  it('ends a wrapped case head on its line that stops short of the column', () => {
    const raw = page(
      '赤峰中院发布劳动争议典型案例',
      '本报记者 刘畅',
      '',
      '本报赤峰讯 近日，赤峰市中级人民法院发布了一批劳动争议典型案例。',
      '',
      '案例一：未签书面劳动合',
      '同应支付二倍工资',
      '张某于2023年4月入',
      '职某物流公司担任司机，',
      '公司一直未与其签订书面',
      '劳动合同。',
      '',
      '案例二：“自愿放弃社保”',
      '承诺无效',
      '李某入职某餐饮公司',
      '时签署了《自愿放弃缴纳',
      '社会保险承诺书》。',
    );
    expect(blockTexts(raw).slice(1)).toEqual([
      'heading:案例一：未签书面劳动合同应支付二倍工资',
      'paragraph:张某于2023年4月入职某物流公司担任司机，公司一直未与其签订书面劳动合同。',
      'heading:案例二：“自愿放弃社保”承诺无效',
      'paragraph:李某入职某餐饮公司时签署了《自愿放弃缴纳社会保险承诺书》。',
    ]);
  });

  it('ends a case head that closes on the case\'s name over its text, pause or not', () => {
    const raw = page(
      '呼伦贝尔中院发布2024年度环境资源审判典型案例',
      '本报记者 包红梅',
      '',
      '近日，呼伦贝尔市中级人民法院发布典型案例。',
      '',
      '案例二：呼伦湖非法捕捞案',
      '被告人李某等三人在禁渔期',
      '驾驶渔船进入呼伦湖，使用',
      '禁用网具捕捞白鱼、鲫鱼共',
      '计860余斤。',
    );
    expect(blockTexts(raw).slice(1)).toEqual(['heading:案例二：呼伦湖非法捕捞案', 'paragraph:被告人李某等三人在禁渔期驾驶渔船进入呼伦湖，使用禁用网具捕捞白鱼、鲫鱼共计860余斤。']);
  });

  it('does not end a case head at a text line that stops short only for the character its mark carried down', () => {
    const raw = page(
      '呼伦贝尔中院发布典型案例',
      '本报记者 包红梅',
      '',
      '近日，呼伦贝尔市中级人民法院发布典型案例。',
      '',
      '案例二：非法捕捞水产品',
      '被告人李某等三人在禁渔期',
      '驾驶渔船进入呼伦',
      '湖，使用禁用网具捕捞白鱼',
      '共计860余斤，被判处有期',
      '徒刑八个月。',
    );
    expect(blockTexts(raw).some((block) => block.includes('驾驶渔船进入呼伦湖，使用禁用网具'))).toBe(true);
  });

  const placeItems = page(
    '多地法院护航民营经济发展',
    '本报记者 韩宇',
    '',
    '近期，全区多家法院出台举措，',
    '为民营企业发展提供有力司法保',
    '障。',
    '',
    '二连浩特：口岸企业“绿色通道”',
    '二连浩特市人民法院对涉外贸企',
    '业案件实行快立、快审、快执，',
    '今年以来审结涉口岸企业案件',
    '213件，平均审理天数缩短至31',
    '天。（二连浩特市法院）',
    '',
    '霍林郭勒：破产审判盘活资产',
    '霍林郭勒市人民法院审结一起铝',
    '材加工企业重整案，引入战略投',
    '资人1.2亿元，保留就业岗位300',
    '余个。（霍林郭勒市法院）',
    '',
    '阿左旗：送法进园区',
    '阿拉善盟阿拉善左旗人民法院法',
    '官走进巴彦浩特工业园区，为28',
    '家企业开展合规讲座。',
    '（阿左旗法院）',
    '',
    '凉城：涉企执行“活封活扣”',
    '乌兰察布市凉城县人民法院对涉',
    '企执行案件慎用查封冻结措施。',
    '（凉城县法院）',
  );

  it('ends a roundup item head led by its place where the item opens on a court, however wide the head', () => {
    const headings = articles(placeItems)[0].blocks.filter((block) => block.type === 'heading').map((block) => block.text);
    expect(headings).toEqual(['二连浩特：口岸企业“绿色通道”', '霍林郭勒：破产审判盘活资产', '阿左旗：送法进园区', '凉城：涉企执行“活封活扣”']);
  });

  it('keeps a place-led item head after an item source in the roundup its other items are in', () => {
    expect(articles(placeItems).map((article) => article.title)).toEqual(['多地法院护航民营经济发展']);
  });

  it('closes an item at its source in brackets after the last sentence, and ends a wrapped place-led head over its court, across blank lines', () => {
    const raw = page(
      '秋收时节',
      '法官走进田间地头',
      '本报记者 张婧',
      '',
      '金秋时节，全区各地进',
      '入秋收秋售关键期。',
      '',
      '扎赉特旗：稻田边上讲法律',
      '',
      '兴安盟扎赉特旗人民法',
      '院组织干警深入好力保镇的',
      '稻米种植合作社，现场解答',
      '咨询56人次，发放宣传',
      '',
      '资料800余份。（扎赉特旗',
      '法院）',
      '',
      '五原：给葵花收购合同做',
      '“体检”',
      '',
      '巴彦淖尔市五原县人民',
      '法院邀请律师、人民调解员',
      '组成服务队。',
    );
    expect(blockTexts(raw).slice(1)).toEqual([
      'heading:扎赉特旗：稻田边上讲法律',
      'paragraph:兴安盟扎赉特旗人民法院组织干警深入好力保镇的稻米种植合作社，现场解答咨询56人次，发放宣传资料800余份。（扎赉特旗法院）',
      'heading:五原：给葵花收购合同做“体检”',
      'paragraph:巴彦淖尔市五原县人民法院邀请律师、人民调解员组成服务队。',
    ]);
  });
});

describe('items and sayings across blank lines', () => {
  it('opens the next numbered item under the semicolon that closed one, across a blank line in a narrow column', () => {
    const raw = page(
      '赤峰中院出台十项举措优化营商环境',
      '本报记者 王磊',
      '',
      '本报赤峰讯 近日，赤峰市中级人民法院出台十项举措。具体',
      '内容如下：',
      '',
      '1. 开通涉企案件',
      '立案“绿色通道”，对',
      '符合条件的涉企案件当',
      '场立案，对需要补正材',
      '料的一次性告知；',
      '',
      '2.完善涉企纠纷诉',
      '前调解机制，联合工商',
      '联、商会设立商事调解',
      '工作室。',
    );
    expect(blockTexts(raw).slice(-2)).toEqual(['paragraph:1.开通涉企案件立案“绿色通道”，对符合条件的涉企案件当场立案，对需要补正材料的一次性告知；', 'paragraph:2.完善涉企纠纷诉前调解机制，联合工商联、商会设立商事调解工作室。']);
  });

  it('keeps a list run into its paragraph together across a column break', () => {
    const raw = page(
      '抓党建怎样落到案件上？',
      '本报记者 石岩',
      '',
      '问：为什么要把支部建在庭上？',
      '',
      '答：过去党支部和业务庭室“两张皮”的问题比较突出，党建活动和审判工作各',
      '搞各的。支部建在庭上，就是要让党建和业务在同一个“单元”里融合。',
      '',
      '问：具体是怎么做的？',
      '',
      '答：1. 按庭室设置党支部，庭长兼任支部书记；2. 支部每月研究一次审判质效；',
      '',
      '3.党员法官带头办理重大疑难案件；4.支部工作与庭室考核同步进行。',
    );
    expect(blockTexts(raw).at(-1)).toBe('paragraph:答：1.按庭室设置党支部，庭长兼任支部书记；2.支部每月研究一次审判质效；3.党员法官带头办理重大疑难案件；4.支部工作与庭室考核同步进行。');
  });

  it('reads a saying quoted whole between blank lines under a caption as a section head', () => {
    const raw = page(
      '草原深处的“额吉法官”',
      '本报记者 王雪',
      '',
      '今年，锡尼河人民法庭被评为全区“枫桥式人民法庭”。',
      '',
      '▲其木格（右二）在牧户家',
      '中调解草场纠纷。 萨仁高',
      '娃 摄',
      '',
      '“只要牧民需要，我就在”',
      '',
      '2025年1月，一场暴风',
      '雪过后，锡尼河东苏木一户',
      '牧民的200多只羊走失。',
    );
    expect(blockTexts(raw).slice(-2)).toEqual(['heading:“只要牧民需要，我就在”', 'paragraph:2025年1月，一场暴风雪过后，锡尼河东苏木一户牧民的200多只羊走失。']);
  });

  it('ends a place-led item head wrapped over two lines where the item opens on its court', () => {
    const raw = page(
      '秋收时节 法官走进田间地头',
      '本报记者 张婧',
      '',
      '金秋时节，全区各地进入秋收秋售关键期。',
      '',
      '开鲁：流动调解点驻守',
      '收购点',
      '通辽市开鲁县人民',
      '法院在东风镇、大榆树',
      '镇等玉米主产区设立4',
      '个流动调解点。',
      '（开鲁县法院）',
      '',
      '扎赉特旗：稻田边上讲法律',
      '兴安盟扎赉特旗人民法',
      '院组织干警深入合作社。',
      '（扎赉特旗法院）',
    );
    expect(blockTexts(raw).slice(1, 3)).toEqual(['heading:开鲁：流动调解点驻守收购点', 'paragraph:通辽市开鲁县人民法院在东风镇、大榆树镇等玉米主产区设立4个流动调解点。（开鲁县法院）']);
  });
});

describe('items, case heads and dated paragraphs across blank lines', () => {
  it('opens an item counted in words (二是…) under the semicolon that closed the one before', () => {
    const raw = page(
      '乌海市海南区人民法院2025年十件实事',
      '',
      '今年以来，乌海市海南区人民法院围绕群众急难愁盼问题，确定并推进',
      '为民办实事项目10项，目前各项任务均已按计划落实。具体如下：',
      '',
      '一是开设“夜间法庭”，每周三晚间为上班族、个体工商户集中办理立',
      '案、调解和庭审事务；',
      '',
      '二是在拉僧庙镇、巴音陶亥镇、公乌素镇设立3个法官工作站，每月定',
      '期派驻法官接待群众；',
      '',
      '三是对涉农民工工资案件实行“当日立案、优先调解、快速执行”，全',
      '年为农民工追回欠薪286万元。',
    );
    expect(blockTexts(raw).map((block) => block.slice(0, 14))).toEqual(['paragraph:今年以来', 'paragraph:一是开设', 'paragraph:二是在拉', 'paragraph:三是对涉']);
  });

  it('ends a case head set in bold before the case text across a blank line', () => {
    const raw = page(
      '# 包头中院发布三起涉老年人权益保护典型案例',
      '',
      '本报讯 近日，包头市中级人民法院发布三起涉老年人权益保护典型案例。',
      '',
      '**案例二：刘某等人以“养老投资”为名集资诈骗案**',
      '',
      '2021 年至2023年间，刘某等人以某养老公寓项目为幌子，通过免费体检、赠送礼品、组织旅游',
      '等方式吸引老年人投资。',
    );
    expect(blockTexts(raw).slice(-2)).toEqual(['heading:案例二：刘某等人以“养老投资”为名集资诈骗案', 'paragraph:2021年至2023年间，刘某等人以某养老公寓项目为幌子，通过免费体检、赠送礼品、组织旅游等方式吸引老年人投资。']);
  });

  it('does not take a case\'s unbracketed section name for the tail of the headline above it', () => {
    const raw = page('恶意欠薪不支付 养殖场老板获刑', '', '案情简介', '被告人张某系化德县某肉牛养殖', '场实际经营者。2023 年 4 月至 ', '2024 年 10 月，张某先后雇用', '王某、赵某等11名工人从事饲喂。');
    expect(articles(raw)[0].title).toBe('恶意欠薪不支付 养殖场老板获刑');
  });

  it('opens a paragraph dated across a blank line under a head with no mark, wrapped or not', () => {
    // (The roundup before it sets the narrow column's measure.)
    const raw = page(
      '',
      '11 月 5 日，呼和浩特',
      '市托克托县人民法院与',
      '县工商业联合会签署',
      '《关于建立商会调解与',
      '诉讼对接机制的合作协',
      '议》，双方将在县商会',
      '设立调解工作室，共同',
      '开展涉企纠纷诉前调解',
      '和法律风险提示。（托',
      '克托县法院）',
      '',
      '科右前旗法院开展人民',
      '陪审员岗位培训',
      '',
      '近日，兴安盟科尔沁右',
      '',
      '翼前旗人民法院组织86',
      '名人民陪审员开展岗位',
      '培训，邀请资深法官围',
      '绕庭审规则、证据认定、',
      '合议表决等内容授课，',
      '并组织陪审员观摩庭审。',
      '（科右前旗法院）',
      '',
      '赤峰法院工作简讯',
      '',
      '松山区法院开展“法院',
      '开放日”活动',
      '',
      '9月19日，赤峰市松山',
      '区人民法院邀请人大代',
      '表、政协委员和社区群',
      '众等30余人走进法院，',
      '参观诉讼服务中心、科',
      '技法庭，旁听一起民间',
      '借贷纠纷案件庭审，并',
      '收集审判执行工作意见',
    );
    const blocks = articles(raw).flatMap((article) => article.blocks.map((block) => `${block.type}:${block.text}`));
    const head = blocks.indexOf('heading:松山区法院开展“法院开放日”活动');
    expect(head).toBeGreaterThanOrEqual(0);
    expect(blocks[head + 1]).toMatch(/^paragraph:9月19日，赤峰市松山区人民法院/u);
  });
});

describe('where one article ends and the next begins', () => {
  it('opens a case story at a two-phrase head over a section named without brackets (### 案情简介)', () => {
    const raw = page(
      '## 执行既要有力度 也要有温度',
      '',
      '答:我们将继续深化与公安、不动产登记、金融机构等部门的执行联动。',
      '',
      '### 恶意欠薪不支付 养殖场老板获刑',
      '',
      '### 案情简介  ',
      '',
      '被告人张某系化德县某肉牛养殖场实际经营者,先后雇用11名工人。',
    );
    expect(titles(raw)).toEqual(['执行既要有力度 也要有温度', '恶意欠薪不支付 养殖场老板获刑']);
  });

  it('opens a case story at a head set over two lines over 【基本案情】', () => {
    const raw = page(
      '库伦旗法院设立生态修复司法实践基地',
      '',
      '9月25日，通辽市库伦旗人民法院与旗林业和草原局在额勒顺镇共建生态修复司法实践基地，将被',
      '告人履行的补植复绿义务集中落实到基地。首批补植樟子松、山杏等苗木 3200 余株。（库伦旗法院）',
      '',
      '烧荒引燃草原林地',
      '被告人担刑责补植复绿',
      '',
      '【基本案情】',
      '2025 年 4 月2日中午，被告人张某在赤峰市克什克腾旗某镇自家承包地内焚烧秸秆。',
    );
    expect(titles(raw)).toEqual(['库伦旗法院设立生态修复司法实践基地', '烧荒引燃草原林地 被告人担刑责补植复绿']);
  });

  it('opens a case story at a question head over 【案情】 under the captions that closed a photo story', () => {
    const raw = page(
      '马铃薯收获季',
      '法官到地头',
      '\u3000\u3000本报乌兰察布讯  9月23日，正值马铃薯收获季，乌兰察布市商都县人民法院法官来到田间。',
      '▲法官在地头查看马铃薯分级情况。 乌日娜 摄',
      '▲种植户和收购商在调解协议上签字。 乌日娜 摄',
      '好心捎带同村人出了车祸 司机要担责吗？',
      '【案情】',
      '\u3000\u30002024年12月，乌兰察布市化德县村民高某驾驶自家小轿车去县城办事。',
    );
    expect(titles(raw)).toEqual(['马铃薯收获季 法官到地头', '好心捎带同村人出了车祸 司机要担责吗？']);
  });

  it('opens a notice\'s list at its headline under an item closed by its source, wrapped', () => {
    const raw = page(
      '全区法院新闻速递',
      '',
      '科右前旗法院开展人民陪',
      '审员岗位培训',
      '',
      '近日，兴安盟科尔沁右翼',
      '前旗人民法院组织86名人',
      '民陪审员开展岗位培训，',
      '并组织陪审员观摩庭审。（科右前旗',
      '法院）',
      '',
      '全区法院第三批“金牌调解法官”名单',
      '',
      '经各盟市中级人民法院推荐，决定授予以下12名同志全区法院第三批“金牌调解法官”称号。',
    );
    expect(titles(raw)).toEqual(['全区法院新闻速递', '全区法院第三批“金牌调解法官”名单']);
  });

  it('opens the next roundup at its headline under the last item\'s source, court-led items or not', () => {
    const raw = page(
      '全区法院新闻速递',
      '',
      '根河市法院在林场设立巡回审判点',
      '',
      '近日，根河市人民法院在4个林场设立巡回审判点。',
      '（根河市法院）',
      '',
      '察右前旗法院集中宣判一批涉农案件',
      '',
      '10月28日，察哈尔右翼前旗人民法院在平地泉镇开展集中宣判活动。',
      '（察右前旗法院）',
      '',
      '赤峰法院工作简讯',
      '',
      '松山区法院开展“法院开放日”活动',
      '',
      '9月19日，赤峰市松山区人民法院邀请人大代表走进法院。',
      '（松山区法院）',
    );
    expect(titles(raw)).toEqual(['全区法院新闻速递', '赤峰法院工作简讯']);
  });

  it('does not make a list\'s numbered item the headline of the head and byline under it', () => {
    const raw = page(
      '全区法院第三批“金牌调解法官”名单',
      '',
      '11.阿拉腾 阿拉善左旗人民法院',
      '',
      '12.孙丽 海南区人民法院',
      '',
      '自治区高院出台意见',
      '推进人民法庭提质增效',
      '',
      '本报记者 韩冰',
      '',
      '本报讯 11月18日，内蒙古自治区高级人民法院出台意见。',
    );
    expect(titles(raw)).toEqual(['全区法院第三批“金牌调解法官”名单', '自治区高院出台意见 推进人民法庭提质增效']);
  });
});

describe("a case story's question head", () => {
  const roundupTail = ['', '四子王旗：普法集市聚人气', '', '乌兰察布市四子王旗人民法院在乌兰花镇设立普法摊位，通过有奖问答、案例展板等形式', '吸引群众参与，发放宣传资料1500余份。（刘海燕）'];
  const caseStory = ['', '草场转包未备案 合同是否有效？', '', '【案情】', '', '2021年3月，巴彦淖尔市乌拉特中旗某嘎查牧民巴特尔将其承包的1200亩草场转包给同嘎', '查牧民苏和经营，双方签订书面协议。'];

  it('opens an article over the case\'s first bracketed section, under an item closed by its source', () => {
    const raw = page('各地法院开展“送法进牧区”活动', '本报记者 其木格', '', '秋季转场前后，牧区矛盾纠纷进入多发期。', ...roundupTail, ...caseStory);
    expect(articles(raw).map((article) => article.title)).toEqual(['各地法院开展“送法进牧区”活动', '草场转包未备案 合同是否有效？']);
  });

  it('does so with no blank lines where its two phrases are set apart by a space', () => {
    const raw = page(
      '草原上的“额吉法官”',
      '本报记者 王雪',
      '\u3000\u3000今年，锡尼河人民法庭被评为全区“枫桥式人民法庭”，其木格本',
      '人也被评为呼伦贝尔市优秀政法干警。',
      '草场转包未备案 合同是否有效？',
      '【案情】',
      '\u3000\u30002021年3月，巴彦淖尔市乌拉特中旗某嘎查牧民巴特尔将其承包的',
      '1200亩草场转包给同嘎查牧民苏和经营。',
    );
    expect(articles(raw).map((article) => article.title)).toEqual(['草原上的“额吉法官”', '草场转包未备案 合同是否有效？']);
  });

  it('reads a dashed line between a question head and its byline as the subtitle, not a quotation\'s source', () => {
    const raw = page(
      '乌兰察布市集宁区人民法院',
      '2025年11月3日',
      '供暖不达标，取暖费能不能少交？',
      '——法官解答冬季供暖纠纷常见问题',
      '本报记者 刘慧敏 通讯员 乔雅琴',
      '进入供暖季，鄂尔多斯市东胜区人民法院受理的供热合同纠纷明显增多。',
      '问：家里暖气不热，业主能不能拒交取暖费？',
    );
    const qa = articles(raw).find((article) => article.byline === '本报记者 刘慧敏 通讯员 乔雅琴');
    expect(qa).toMatchObject({ title: '供暖不达标，取暖费能不能少交？', subtitle: '——法官解答冬季供暖纠纷常见问题' });
  });
});

// MuPDF output of corpus train pages (a blank line after nearly every line), frozen when these tests were written.
import caseHeadsPage from './test-support/extractor-pages/mutool-train-p018-case-heads.txt?raw';
import caseHeadAcrossGapPage from './test-support/extractor-pages/mutool-train-p061-case-head-across-gap.txt?raw';
import twoLineRoundupHeadPage from './test-support/extractor-pages/mutool-train-p097-two-line-roundup-head.txt?raw';

describe('case and roundup heads on MuPDF pages', () => {
  const headings = (raw: string, title: string) => (articles(raw).find((article) => article.title === title)?.blocks ?? []).filter((block) => block.type === 'heading').map((block) => block.text);

  it('ends a case head that closes on the case\'s name over a text line with no pause', () => {
    expect(headings(caseHeadsPage, '呼伦贝尔中院发布2024年度环境资源审判典型案例')).toContain('案例二：呼伦湖非法捕捞案');
  });

  it('joins a case head broken across a blank line and gives it no byline', () => {
    const page = articles(caseHeadAcrossGapPage);
    expect(page.map((article) => article.title)).toContain('赤峰中院发布劳动争议典型案例');
    expect(headings(caseHeadAcrossGapPage, '赤峰中院发布劳动争议典型案例')).toContain('案例一：未签书面劳动合同应支付二倍工资');
  });

  it('opens a roundup under a two-line headline over its place-led items', () => {
    expect(articles(twoLineRoundupHeadPage).map((article) => article.title)).toContain('各地法院多措并举推进诉源治理');
  });
});

import itemSourcesPage from './test-support/extractor-pages/mutool-train-p015-item-sources.txt?raw';
// A page of articles written for the development set outside the corpus (no split holds them).
import listCourtWrappedPage from './test-support/extractor-pages/mutool-dev-list-court-wrapped.txt?raw';
import headAtMeasurePage from './test-support/extractor-pages/mutool-dev-head-at-measure.txt?raw';
import roundupHeadTwoLinesPage from './test-support/extractor-pages/mutool-dev-roundup-head-two-lines.txt?raw';
// A train article set again on a fresh page (scripts/corpus/fresh-pdf-pages.ts).
import twoPhraseHeadOverTextPage from './test-support/extractor-pages/mutool-dev-two-phrase-head-over-text.txt?raw';
import caseHeadUnderListPage from './test-support/extractor-pages/mutool-dev-case-head-under-list.txt?raw';
import caseSectionLabelPage from './test-support/extractor-pages/mutool-dev-case-section-label.txt?raw';
import headLastCharacterPage from './test-support/extractor-pages/mutool-dev-head-last-character.txt?raw';
// pdftotext of a corpus train page: a case's section names of three columns written one under another.
import caseSectionsPage from './test-support/extractor-pages/pdftotext-train-p088-case-sections.txt?raw';
import roundupGenreHeadPage from './test-support/extractor-pages/mutool-fresh-roundup-genre-head.txt?raw';

describe('MuPDF: a list\'s wrapped court and a roundup\'s item sources', () => {
  it('does not make the last character of a wrapped court a head over the headline under it', () => {
    expect(titles(listCourtWrappedPage)).toContain('判决书要让当事人读得懂');
  });

  it('reads three head lines of one width in one block as a headline wrapped at its measure', () => {
    expect(titles(headAtMeasurePage)).toContain('自治区高院出台意见 推进人民法庭提质增效');
  });

  it('opens the page\'s roundup at its headline broken over two lines under the masthead', () => {
    expect(titles(roundupHeadTwoLinesPage)[0]).toBe('全区法院新闻速递');
  });

  it('ends a roundup\'s headline at its genre\'s word over its first item\'s head', () => {
    expect(titles(roundupGenreHeadPage)).toContain('河套法院速递');
  });

  it('does not run a two-phrase head on into the text under it, however it fills the column', () => {
    expect(titles(twoPhraseHeadOverTextPage)).toContain('国庆假期 法官驻守景区');
  });

  it('opens a case story at its two-phrase head over 【案情】 under a list\'s last item', () => {
    expect(titles(caseHeadUnderListPage)).toContain('离婚时承诺房子给女儿 反悔被驳回');
  });

  it('sets a case\'s section named without brackets (案情简介) apart from the headline above it', () => {
    expect(titles(caseSectionLabelPage)).toContain('恶意欠薪不支付 养殖场老板获刑');
  });

  it('keeps a head\'s last character, wrapped to a line of its own, with the head', () => {
    expect(titles(headLastCharacterPage)).toContain('14岁女孩偷卖金手镯 买卖合同有效吗');
  });

  it('does not take a case\'s section name for a writer\'s name under a head (pdftotext)', () => {
    expect(titles(caseSectionsPage)).not.toContain('审理过程');
  });

  it('ends each item at its source in brackets after the last sentence, and opens the next item dated under its head', () => {
    const roundup = articles(itemSourcesPage).find((article) => article.title === '法院工作简讯');
    const blocks = roundup?.blocks.map((block) => `${block.type}:${block.text}`) ?? [];
    const last = blocks.indexOf('heading:杭锦后旗法院集中发放执行款');
    expect(blocks[last - 1]).toMatch(/^paragraph:近日，锡林郭勒盟正蓝旗人民法院.*（正蓝旗法院）$/u);
    expect(blocks[last + 1]).toMatch(/^paragraph:12月5日，巴彦淖尔市杭锦后旗人民法院/u);
  });
});

// Pages of the third development set (corpus/dev/tune3): headlines of large type in a narrow column.
import narrowHeadRunPage from './test-support/extractor-pages/mutool-dev-narrow-head-run.txt?raw';
import narrowHeadRunUnderMastheadPage from './test-support/extractor-pages/mutool-dev-narrow-head-run-2.txt?raw';

describe('MuPDF: a headline of large type wrapped every few characters over its byline', () => {
  it('is one headline, wherever its measure cut a word or set a mark', () => {
    const [article] = articles(narrowHeadRunPage);
    expect(article.title.replace(/\s/gu, '')).toBe('海勃湾区法院：“府院联动”盘活闲置厂房12万平方米');
    expect(article.byline).toBe('本报通讯员 杨帆 刘志强');
  });

  it('is one headline under the masthead, its last characters on a line of their own', () => {
    expect(titles(narrowHeadRunUnderMastheadPage).map((title) => title.replace(/\s/gu, ''))[0]).toBe('呼和浩特中院：让“指尖诉讼”跑出加速度');
  });
});

import headOverCourtWriterPage from './test-support/extractor-pages/mutool-dev-head-over-court-writer.txt?raw';

describe('MuPDF: a head wrapped inside a word over its court\'s writer', () => {
  it('ends the head over the court and writer, whatever pair of characters the page writes across them', () => {
    const article = articles(headOverCourtWriterPage).find((candidate) => candidate.title.startsWith('葵花籽'));
    expect(article?.title.replace(/\s/gu, '')).toBe('葵花籽收购款迟迟不付收购商被判支付货款及利息');
    expect(article?.byline).toBe('五原县人民法院 高丽君');
  });
});

import noticeHeadOverTextPage from './test-support/extractor-pages/mutool-dev-notice-head-over-text.txt?raw';
import courtNoticeHeadThreeLinesPage from './test-support/extractor-pages/mutool-dev-court-notice-head-three-lines.txt?raw';
import signatureCutInCourtPage from './test-support/extractor-pages/mutool-dev-signature-cut-in-court.txt?raw';

describe('MuPDF: notices of courts in narrow columns', () => {
  it('ends a notice\'s headline at its genre over the text, whatever pair of characters the page writes across them', () => {
    const [notice] = articles(noticeHeadOverTextPage);
    expect(notice.title.replace(/\s/gu, '')).toBe('乌海市海勃湾区人民法院关于调整诉讼服务中心服务时间的通告');
    expect(notice.blocks.some((block) => block.text.startsWith('为进一步方便人民'))).toBe(true);
  });

  it('runs a court\'s notice headline over three lines on to its genre and ends it there', () => {
    const [notice] = articles(courtNoticeHeadThreeLinesPage);
    expect(notice.title.replace(/\s/gu, '')).toBe('霍林郭勒市人民法院关于举办“法院开放日”活动的公告');
    expect(notice.blocks[0].text.startsWith('为进一步深化司法公开')).toBe(true);
  });

  it('keeps a signature cut inside its court\'s name (乌海市乌达区人民法 / 院党组) one signature of the text, no headline', () => {
    const analysis = articles(signatureCutInCourtPage);
    expect(analysis.map((article) => article.title)).toEqual(['关于中秋国庆期间廉洁过节的倡议书']);
    expect(analysis[0].blocks.at(-2)).toMatchObject({ type: 'paragraph', text: '乌海市乌达区人民法院党组' });
  });
});

// A narrow text layout of a development-set page: paragraphs' first lines lost their indent.
import droppedIndentUnderHeadPage from './test-support/extractor-pages/narrow-dev-dropped-indent-under-head.txt?raw';

describe('a paragraph\'s first line under a roundup item\'s head, its indent dropped', () => {
  it('runs on into the full line under it instead of standing as the head\'s second line', () => {
    const texts = articles(droppedIndentUnderHeadPage).flatMap((article) => article.blocks.map((block) => `${block.type}:${block.text}`));
    expect(texts).toContain('heading:满洲里：涉外商事纠纷快立快审');
    expect(texts.some((text) => text.startsWith('paragraph:满洲里市人民法院针对口岸进出口贸易企业多、货物周转快'))).toBe(true);
  });
});

import headOpenEndPage from './test-support/extractor-pages/mutool-dev-head-open-end.txt?raw';

describe('MuPDF: a head\'s line stopping inside its phrase', () => {
  it('goes on into the short line under it when it stops on a preposition and its pronoun (法官为您 / 解答), no writer\'s name', () => {
    const article = articles(headOpenEndPage).find((candidate) => candidate.title.startsWith('“彩礼”'));
    expect(article?.title.replace(/\s/gu, '')).toBe('“彩礼”该不该退法官为您解答');
    expect(article?.byline).toBeNull();
  });
});

describe('MuPDF: a narrow column\'s punctuated headline and a roundup under it', () => {
  const titles = analyzePage(narrowPunctuated).articles.map((article) => article.title);
  it('reads a punctuated headline wrapped over three lines at the column\'s measure, over its byline, as the headline', () => {
    expect(titles).toContain('莫力达瓦达斡尔族自治旗法院：达斡尔语调解员“驻庭”化纠纷');
  });
  it('ends a roundup\'s headline over an item whose place and colon run into its text (多伦：近日，…)', () => {
    expect(titles).toContain('锡林郭勒法院动态');
  });
});

describe('narrow columns: items run into their text and sections led by a season', () => {
  it('reads a court and the words after its space as the item\'s text where the line under them goes on with it (五原县法院 为服务春 / 耕生产，…)', () => {
    const raw = page('河套大地司法动态', '', '磴口县法院 日前，磴', '口县人民法院联合县林业和', '草原局在乌兰布和沙漠东缘', '举行“司法护绿”补植活动。（李娜）', '', '五原县法院 为服务春', '耕生产，五原县人民法院组', '建4支“春耕法律服务队”，', '深入隆兴昌镇、胜丰镇等地，', '现场调处纠纷17件。（郝静）');
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts.some((text) => text.replace(/\s/gu, '').includes('五原县法院为服务春耕生产，五原县人民法院组建'))).toBe(true);
  });

  it('…and where the line under the court\'s words runs as wide with no pause yet (五原县法院 五原 / 县人民法院组织商事审)', () => {
    const raw = page('河套法院简讯', '', '“葵花贷”纠纷集中调处', '', '临河区法院 近日，临河', '区人民法院召开协调会。', '（临河区法院 王晓峰）', '', '法官进园区送“法治体', '检”', '', '五原县法院 五原', '县人民法院组织商事审', '判团队走进五原工业园', '区，为23家企业开展', '“法治体检”。');
    const texts = analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text.replace(/\s/gu, '')));
    expect(texts.some((text) => text.startsWith('五原县法院五原县人民法院组织商事审判团队'))).toBe(true);
  });

  it('reads a section led by a season and a colon, between blank lines, as a head over its text (春：地界纠纷“量”出来)', () => {
    const raw = page('在这里办案，不懂地、不懂', '水，是办不好的。”庭长杨俊', '峰说。', '', '春：地界纠纷“量”出来', '', '每年开春，黄河开河', '后滩地重新露出，地界不', '清的问题就跟着冒出来。');
    const blocks = analyzePage(raw).articles.flatMap((article) => article.blocks);
    expect(blocks.find((block) => block.text.startsWith('春：'))).toMatchObject({ type: 'heading', text: '春：地界纠纷“量”出来' });
  });
});

describe('narrow columns: a case\'s head of two phrases', () => {
  it('keeps its second phrase, short and markless over a blank line, with the wrapped first (案例一：以“分家不公”为 / 由拒绝赡养 / 三子女被判支付赡养费)', () => {
    const raw = page('3件典型案例予以发布，涉', '及赡养纠纷、“养老投资”', '骗局和保健品消费等老年人', '关注的领域。', '', '案例一：以“分家不公”为', '由拒绝赡养', '三子女被判支付赡养费', '', '年近八旬的张某育有两', '子一女。2019年，张某将自', '家房屋分给了小儿子。');
    const heads = analyzePage(raw).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'heading').map((block) => block.text.replace(/\s/gu, '')));
    expect(heads).toEqual(['案例一：以“分家不公”为由拒绝赡养三子女被判支付赡养费']);
  });
});

describe('MuPDF: a headline opening on its court\'s name and a colon alone on its line', () => {
  it('reads the name as the head\'s lead, not a salutation (满洲里法院： / 一起中俄木材 / 买卖纠纷22天 / 审结; a development page)', () => {
    expect(analyzePage(courtLeadPage).articles.map((article) => article.title)).toContain('满洲里法院：一起中俄木材买卖纠纷22天审结');
  });

  it('ends a numbered section head wrapped to a word or two at the blank line under it', () => {
    const blocks = blockTexts(numberedHeadTail);
    expect(blocks).toContain('heading:一、一句母语，拉近一段距离');
    expect(blocks.some((block) => block.startsWith('paragraph:去年冬天，伊敏苏木牧民敖某'))).toBe(true);
  });

  it('keeps a court named alone on a line of a head wrapped at a narrow measure in the head, not the masthead band', () => {
    const title = titles(courtInsideNarrowHead).find((candidate) => candidate.startsWith('椴树花期'));
    expect(title?.replace(/\s/gu, '')).toBe('椴树花期蜜蜂成片死亡阿荣旗法院判令农场赔偿蜂农9.6万元');
  });
});
