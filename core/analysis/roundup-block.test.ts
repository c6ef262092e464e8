import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
import { COURT_SIGNATURE, ITEM_HEAD_LINE } from './line-patterns';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), frozen as
// they were when the tests were written. A roundup's headline spans its columns and pdftotext writes it
// as a block of its own, blank lines on both sides, after the article above has finished (…为一面旗帜。,
// or its credit …稿）); under it the row of its items' columns, not yet an item's head.
import p040 from './test-support/extractor-pages/pdftotext-train-p040.txt?raw';
import p032 from './test-support/extractor-pages/pdftotext-train-p032.txt?raw';
// Two roundups' headlines set side by side, written by pdftotext one under the other.
import sideBySideRoundups from './test-support/extractor-pages/pdftotext-train-p013-genre-heads.txt?raw';
import placeItems from './test-support/extractor-pages/indented-roundup-place-items.txt?raw';
import courtSources from './test-support/extractor-pages/narrow-roundup-court-sources.txt?raw';
// MuPDF's text of a development-set page: a roundup whose items each have a head of their own over text run in after the court.
import itemHeadsPage from './test-support/extractor-pages/mutool-dev-roundup-item-heads.txt?raw';
// …and one with a second roundup's headline, over two lines, under the first one's last item and its source.
import roundupHeadlineTwoLines from './test-support/extractor-pages/mutool-dev-roundup-headline-two-lines.txt?raw';
// An indented text layout of a development-set page (whole): a roundup whose items open on their place in brackets
// (【杭锦旗】光伏治沙园区设起法官联络站), each closed by its court's credit, on its line or run in.
// A one-line-per-paragraph page opening on the band's section name over a roundup's whole headline (以案说法 / 鹿城法苑短讯).
import sectionOverRoundupHead from './test-support/extractor-pages/indented-oneline-dev-section-over-roundup-head.txt?raw';
// A narrow layout: the same roundup, an item's bracketed place head wrapped over three lines under the item above's credit.
import bracketedItemThreeLines from './test-support/extractor-pages/narrow-dev-roundup-bracketed-item-three-lines.txt?raw';
import bracketedPlaces from './test-support/extractor-pages/indented-dev-roundup-bracketed-places.txt?raw';
// pdftotext's text of a development page (tune5): a roundup set wide, each item closed by its source in brackets after its last
// sentence, the source wrapped (…320余万元。（二连浩特 / 法院供稿）), the next item on the next line with no blank line between.
import itemSourcesWrapped from './test-support/extractor-pages/pdftotext-dev-item-sources-wrapped.txt?raw';

describe('a roundup headline set apart as a block of its own', () => {
  it('opens the roundup after finished text or a closing credit', () => {
    expect(analyzePage(p040).articles.map((article) => article.title)).toContain('全区法院工作简讯');
    expect(analyzePage(p032).articles.map((article) => article.title)).toContain('岭南法院动态');
  });

  it('stays a section head where running text goes on around it without blank lines', () => {
    const page = ['巡回审判进牧区', '本报通讯员 高娃', '　　今年以来，该院坚持把法庭开到牧民家门口，共巡回办案86件。', '基层工作动态', '　　该院还组建了普法宣讲队，深入嘎查村开展宣讲12场。'].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['巡回审判进牧区']);
  });

  it('stands over its first item\'s head alone: the genre\'s word closes the headline, the item\'s head opens no article', () => {
    const page = [
      '阿拉善中院出台生态环境司法保护九项措施',
      '',
      '　　据了解，2024年全盟法院共审结环境资源案件186件。',
      '（阿拉善盟中级人民法院供稿）',
      '',
      '岭南法院动态',
      '',
      '扎兰屯市法院“法官驿站”',
      '',
      '　　10月以来，扎兰屯市人民法院在辖区5个社区设立“法官驿站”，每周安排法官坐班。（孙洪波）',
      '阿荣旗法院开展“送法进校园”',
      '　　该院干警走进辖区中小学，开展法治讲座6场。（关红梅）',
    ].join('\n');
    const articles = analyzePage(page).articles;
    expect(articles.map((article) => article.title)).toEqual(['阿拉善中院出台生态环境司法保护九项措施', '岭南法院动态']);
    expect(articles[1].blocks[0]).toMatchObject({ type: 'heading', text: '扎兰屯市法院“法官驿站”' });
  });

  it('keeps an item\'s signature with its item where the item ran to the column\'s edge and the signature wrapped', () => {
    const page = [
      '兴安盟法院速递',
      '',
      '科右前旗：“法庭+网格”',
      '科尔沁右翼前旗人民法院将辖区划分为32个司法网格，与乡镇综治网格“一一对应”，每名法',
      '官联系2至3个网格。网格员发现矛盾后即时上报，法官限时介入。（王丽）',
      '',
      '扎赉特旗：“法庭+合作社”',
      '扎赉特旗人民法院音德尔人民法庭与辖区12家水稻种植合作社建立联络机制，帮助合作社规',
      '范合同文本46份，化解土地流转、农资买卖、稻米收购、机械作业等环节纠纷二十余件。',
      '（吴海龙）',
      '',
      '阿尔山市：“法庭+景区”',
      '旅游旺季，阿尔山市人民法院在国家森林公园设立旅游纠纷巡回审判点，实行“快立、快',
      '调、快审、快执”，今年以来就地化解游客与商户之间的纠纷三十余件。（包红霞）',
      '',
      '突泉县：“法庭+学校”',
      '突泉县人民法院选派十二名法官担任辖区中小学法治副校长，每学期到校开展法治讲座不',
      '少于两次，今年以来共开展讲座四十余场，受教育师生一万余人次。（刘畅）',
    ].join('\n');
    const [roundup] = analyzePage(page).articles;
    expect(roundup.blocks.map((block) => block.text)).toContain('扎赉特旗人民法院音德尔人民法庭与辖区12家水稻种植合作社建立联络机制，帮助合作社规范合同文本46份，化解土地流转、农资买卖、稻米收购、机械作业等环节纠纷二十余件。（吴海龙）');
    expect(roundup.credit).toBeNull();
  });

  it('reads a narrow roundup whose items open on their courts\' names and are signed by their courts', () => {
    // Heads fill the column, with no blank line under them; each item's first line lost its indent,
    // and each item is signed by its court alone, as a whole article's credit might be.
    const page = [
      '法院工作简讯',
      '',
      '红山区法院开展党史学习教育',
      '12月3日，赤峰市红山区',
      '人民法院组织党员干警赴赤峰',
      '党史馆开展主题党日活动，重',
      '温入党誓词，接受党性教育。',
      '（红山区法院）',
      '',
      '海南区法院召开审判委员会',
      '日前，乌海市海南区人民',
      '法院召开审判委员会会议，讨',
      '论研究重大疑难案件3件，对',
      '两起案件的法律适用问题形成',
      '统一意见。',
      '（海南区法院）',
      '',
      '正蓝旗法院开展送法进校园',
      '近日，锡林郭勒盟正蓝旗',
      '人民法院干警走进辖区中学，',
      '以案释法，为师生讲解校园欺',
      '凌的法律后果。',
      '（正蓝旗法院）',
    ].join('\n');
    const articles = analyzePage(page).articles;
    expect(articles.map((article) => article.title)).toEqual(['法院工作简讯']);
    expect(articles[0].blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['红山区法院开展党史学习教育', '海南区法院召开审判委员会', '正蓝旗法院开展送法进校园']);
    expect(articles[0].blocks[1].text).toMatch(/^12月3日，赤峰市红山区人民法院/u);
  });

  it('is whole when it closes on its genre\'s word: another headline written under it opens its own article', () => {
    const titles = analyzePage(sideBySideRoundups).articles.map((article) => article.title);
    expect(titles).toContain('全区法院工作简讯');
    expect(titles).toContain('河套法院速递');
  });

  it('opens the roundup over an item\'s head led by its court, whatever ended above it (a list\'s last name)', () => {
    const page = [
      '2024年度全区法院“十佳法官”名单',
      '1.王立新 呼和浩特市中级人民法院',
      '2.赵亚楠 乌兰察布市卓资县人民法院',
      '全区法院工作简讯',
      '满洲里市法院 跨境纠纷调解室揭牌',
      '　　6月18日，满洲里市人民法院涉外商事纠纷调解室正式揭牌。（孙宇）',
      '海勃湾区法院 集中兑付执行案款',
      '　　海勃湾区人民法院集中兑付执行案款126万元。（王晓东）',
    ].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['2024年度全区法院“十佳法官”名单', '全区法院工作简讯']);
  });

  it('opens the roundup over an item whose court and a space run into its text (石拐区法院 近日，…; a development page)', () => {
    const page = [
      '宁城县法院查控被执行车辆87辆',
      '　　据了解，2024年以来，宁城县法院通过车辆预警协作机制查控被执行车',
      '辆87辆，执行到位金额2100余万元。',
      '',
      '包头法院简讯',
      '　　石拐区法院 近日，包头市石拐区人民法',
      '院联合区妇联在五当召镇开展“法润家庭”主',
      '题宣传活动。（石拐区法院）',
      '　　青山区法院 日前，青山区人民法院对一',
      '起拒执案件集中宣判。（青山区法院）',
    ].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['宁城县法院查控被执行车辆87辆', '包头法院简讯']);
  });
});


describe('a roundup\'s headline over an item run in after its place', () => {
  it('opens the roundup where paragraphs open indented (河套法院简讯 / 　　临河区：3月12日，…; a development page)', () => {
    const raw = page(
      '春节前集中执行兑现工资',
      '　　据统计，2025年春节前，鄂托克旗法院共开展涉民生案件集中执',
      '行行动9次，执结涉农民工工资案件56件，执行到位金额426万元。',
      '河套法院简讯',
      '　　临河区：3月12日，临河区人民法院联合区农牧局、市场监管局',
      '开展春季农资打假普法宣传，解答群众咨询87人次。（杨帆）',
      '　　五原县：五原县人民法院组织干警走进园区。（王晓峰）',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toEqual(['春节前集中执行兑现工资', '河套法院简讯']);
  });
});

describe('a question under a roundup\'s last item', () => {
  it('opens the next article where the item closed on its source in brackets (a development page, MuPDF\'s blank lines)', () => {
    const lines = ['锡林郭勒法院动态', '', '多伦：近日，多伦县人民法院在多伦淖尔镇设立消费纠纷调解工作站，', '', '排查草场边界、牲畜买卖等矛盾隐患5起，当场', '', '调解化解3起。（其其格）', '', '农民工工资被拖欠怎么办？', '', '春节前后是农民工讨薪的集中期。近', '', '年来，丰镇市人民法院开辟涉农民工工资', '', '案件“绿色通道”。'];
    expect(analyzePage(lines.join('\n')).articles.map((article) => article.title)).toEqual(['锡林郭勒法院动态', '农民工工资被拖欠怎么办？']);
  });
});

describe('a roundup\'s items led by their places', () => {
  it('are its section heads where paragraphs open indented, each item closed by its source in brackets, and the head after them opens the next article', () => {
    // Train articles set again in the indented layout (scripts/corpus/fresh-layouts.ts), frozen in test-support:
    // 二连浩特：…, 霍林郭勒：… are set flush between an item's source (…法院）) and an indented paragraph.
    const page = analyzePage(placeItems);
    expect(page.articles.map((article) => [article.title, article.credit])).toEqual([
      ['多地法院护航民营经济发展', null],
      ['法官把调解桌搬到了田间地头', '（林西县法院）'],
    ]);
    expect(page.articles[0].blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      '二连浩特：口岸企业“绿色通道”',
      '霍林郭勒：破产审判盘活资产',
      '阿左旗：送法进园区',
      '凉城：涉企执行“活封活扣”',
    ]);
  });

  it('are told by their place before a colon, never by a case\'s label or a speaker\'s', () => {
    expect(['二连浩特：口岸企业“绿色通道”', '阿左旗：送法进园区'].map((text) => ITEM_HEAD_LINE.test(text))).toEqual([true, true]);
    expect(['案例一：非法猎捕狍子案', '记者：您怎么看', '法官说法：合同要写清', '二连浩特：口岸企业，绿色通道'].map((text) => ITEM_HEAD_LINE.test(text))).toEqual([false, false, false, false]);
  });
});

describe('a roundup\'s items led by their courts, each closed by its court in brackets on a line of its own', () => {
  it('stay one roundup, each source closing its item\'s paragraph, the last no credit of the whole', () => {
    // Train articles set again in the narrow layout (scripts/corpus/fresh-layouts.ts), frozen in test-support.
    const [roundup] = analyzePage(courtSources).articles;
    expect(roundup.title).toBe('法院工作简讯');
    expect(roundup.credit).toBeNull();
    expect(roundup.blocks.map((block) => [block.type, block.text.slice(-8)])).toEqual([
      ['heading', '红山区法院开展党史学习 教育'.slice(-8)],
      ['paragraph', '。（红山区法院）'],
      ['heading', '海南区法院召开审判委员会'.slice(-8)],
      ['paragraph', '。（海南区法院）'],
      ['heading', '正蓝旗法院送法进校园'.slice(-8)],
      ['paragraph', '。（正蓝旗法院）'],
      ['heading', '杭锦后旗法院集中发放执行款'.slice(-8)],
      ['paragraph', '（杭锦后旗法院）'],
    ]);
  });

  it('opens a roundup first under the masthead at its headline when its items are headed by their courts and a space', () => {
    const raw = [
      '法院专刊 2025年07月18日 星期五',
      '',
      '第8版',
      '',
      '春耕时节 法官走进田间地头',
      '',
      '开鲁县法院 巡回审判护春耕',
      '',
      '连日来，通辽市开鲁县人民法院组织各人民法庭干警深入东风镇、建华镇，在田间地头开庭审理农资纠纷。',
      '',
      '杭锦后旗法院 “法律明白人”下田间',
      '',
      '巴彦淖尔市杭锦后旗人民法院组织法官走进种植基地，为农户讲解种子、化肥买卖中的法律风险。',
    ].join('\n');
    const [roundup] = analyzePage(raw).articles;
    expect(roundup.title).toBe('春耕时节 法官走进田间地头');
    expect(roundup.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['开鲁县法院 巡回审判护春耕', '杭锦后旗法院 “法律明白人”下田间']);
  });

  it('opens a roundup under a caption at its headline when its items\' heads set their court over the news, line under line', () => {
    const raw = [
      '▲陈巴尔虎旗法院干警和牧区小学生一起诵读宪法。刘洋 摄',
      '',
      '冬季执行攻坚 锡林郭勒各地捷报频传',
      '',
      '锡林浩特市法院',
      '凌晨出击查控“老赖”',
      '',
      '12月3日凌晨5时，锡林浩特市人民法院组织40余名干警，分成8个小组开展集中执行。',
      '',
      '二连浩特市法院',
      '执行款当场兑现',
      '',
      '二连浩特市人民法院将执行到位的28万元当场发放到申请执行人手中。',
    ].join('\n');
    const roundup = analyzePage(raw).articles.at(-1)!;
    expect(roundup.title).toBe('冬季执行攻坚 锡林郭勒各地捷报频传');
    expect(roundup.blocks.filter((block) => block.type === 'heading')).toHaveLength(2);
  });

  it('opens a roundup at the top of a narrow page at its headline when an item\'s head sets its court over the news', () => {
    const raw = [
      '春耕时节 法官走进田间地头',
      '',
      '开鲁县法院',
      '巡回审判护春耕',
      '',
      '连日来，通辽市开鲁',
      '县人民法院组织各人民法',
      '庭干警深入东风镇、建华',
      '镇，在田间地头开庭审理',
      '农资纠纷12件。',
      '',
      '杭锦后旗法院',
      '“法律明白人”下田间',
      '',
      '巴彦淖尔市杭锦后旗人',
      '民法院组织法官走进种植',
      '基地，为农户讲解种子、',
      '化肥买卖中的法律风险。',
    ].join('\n');
    const [roundup] = analyzePage(raw).articles;
    expect(roundup.title).toBe('春耕时节 法官走进田间地头');
    expect(roundup.blocks.filter((block) => block.type === 'heading').map((block) => block.text.replace(/\s/gu, ''))).toEqual(['开鲁县法院巡回审判护春耕', '杭锦后旗法院“法律明白人”下田间']);
  });
});

describe('a roundup item run into its text after its court and a space', () => {
  it('is no court\'s signature where the words after the court open on a preposition or a verb of doing (阿尔山市法院 为服务)', () => {
    expect(COURT_SIGNATURE.test('阿尔山市法院 为服务')).toBe(false);
    expect(COURT_SIGNATURE.test('五原县法院 开展普法')).toBe(false);
    expect(COURT_SIGNATURE.test('阿拉善左旗人民法院 斯日古楞')).toBe(true);
    expect(COURT_SIGNATURE.test('包头稀土高新区法院 石磊 薛婷')).toBe(true);
  });
});

describe('a roundup\'s item heads over text run in after the court', () => {
  it('head the roundup\'s next items under the one closed by its source, not new articles (MuPDF, a development page)', () => {
    const titles = analyzePage(itemHeadsPage).articles.map((article) => article.title);
    expect(titles).not.toContain('法官进园区送“法治体检”');
  });
});

describe('a roundup\'s headline under another roundup\'s last item', () => {
  it('opens its own roundup, wrapped over two lines, under the item closed by its source (…（李强） / 巴彦淖尔法院 / 工作掠影; MuPDF, a development page)', () => {
    const titles = analyzePage(roundupHeadlineTwoLines).articles.map((article) => article.title.replace(/\s/gu, ''));
    expect(titles).toEqual(expect.arrayContaining(['河套法院简讯', '巴彦淖尔法院工作掠影']));
  });
});


describe('a roundup whose items open on their place in brackets', () => {
  it('keeps every item, each closed by its credit, in the roundup', () => {
    const articles = analyzePage(bracketedPlaces).articles;
    const roundup = articles.find((article) => article.title === '大漠边上的司法速递');
    expect(articles.map((article) => article.title)).toContain('坐火车遇到这些事 法官来支招');
    const heads = (roundup?.blocks ?? []).filter((block) => block.type === 'heading').map((block) => block.text);
    expect(heads).toEqual(['【杭锦旗】光伏治沙园区设起法官联络站', '【鄂托克旗】地理标志保护走进阿尔巴斯', '【鄂托克前旗】城川重温入党誓词', '【杭锦旗】草场边界起争议 巡回法庭开到牧户家']);
  });
});

describe('a roundup item\'s bracketed place head wrapped over three lines', () => {
  it('stays the roundup\'s item under the credit of the item above', () => {
    expect(analyzePage(bracketedItemThreeLines).articles.map((article) => article.title)).toEqual(['大漠边上的司法速递']);
  });
});

describe('a roundup\'s whole headline under the band\'s section name', () => {
  it('is the headline alone: the section name is no first phrase of it', () => {
    const analysis = analyzePage(sectionOverRoundupHead);
    expect(analysis.articles[0].title).toBe('鹿城法苑短讯');
    expect(analysis.furniture).toContain('以案说法');
  });
});

describe('a roundup item closed by its source, the next item on the line under it', () => {
  it('opens the next item under the line that closes the source, blank line or not', () => {
    const analysis = analyzePage(itemSourcesWrapped);
    const under = (text: string) => analysis.breaks.find((decision) => analysis.lines[decision.after].text.startsWith(text))?.decision;
    expect(under('阿尔山：')).toBe('split');
    expect(under('额济纳：')).toBe('split');
    // (The source itself still runs on from the sentence it closes.)
    expect(under('法院供稿）')).toBe('join');
  });
});

