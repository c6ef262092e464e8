import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
// Real plain pdftotext output of a corpus train page printed by Chromium (corpus/README.md), frozen as
// it was when the test was written: a notice's headline opens a block of its own, as wide as the
// notice's column (关于公布违反“三个规定”问题举报渠道的公告), its text straight under it.
import p069 from './test-support/extractor-pages/pdftotext-train-p069.txt?raw';
// MuPDF's text of a development-set page: a notice's issuing court on the line over 关于…的公告.
import courtOverTitle from './test-support/extractor-pages/mutool-dev-court-over-notice-title.txt?raw';
// …and one whose title MuPDF wrote as a block of two lines between the blank lines of a double-spaced page.
import titleBlock from './test-support/extractor-pages/mutool-dev-notice-title-block.txt?raw';
// …and one whose notice closes on its contacts, the address wrapped over the column's edge.
import noticeAddress from './test-support/extractor-pages/mutool-dev-notice-address.txt?raw';
// …and one whose notice title's last character the measure carried alone across a blank line (…的公 / 告).
import genreEndCarriedPage from './test-support/extractor-pages/mutool-dev-notice-genre-end-carried.txt?raw';
// MuPDF's text of a development-set page (tune6): a notice's whole title set in large type at five characters a line,
// right under the band (锡林郭勒盟 / 正镶⽩旗⼈ / ⺠法院关于 / 2025年秋冬 / 季巡回审判 / 服务安排的 / 公告), no byline under it,
// and its salutation letter-spaced (全 旗 ⼴ ⼤ 农 牧 ⺠ 群 / 众：).
import narrowNoticeRun from './test-support/extractor-pages/mutool-dev-notice-head-narrow-run.txt?raw';
// A narrow text layout of a development-set page (tune7): a roundup's last item closed by its writer in brackets (（刘畅）),
// then a court's letter to the public (…致广大农牧民朋友的一封信) over its salutation.
// A wide layout's notice whose contact line wrapped inside its bracket (…（工作日上午8时30分至12时，下午2时30 / 分至5时30分）).
import contactBracketWrapped from './test-support/extractor-pages/wide-dev-contact-bracket-wrapped.txt?raw';
import letterAfterRoundupItem from './test-support/extractor-pages/narrow-dev-letter-after-roundup-item.txt?raw';

describe('a notice\'s whole headline opening a block', () => {
  it('stands apart from the text under it, however full its line', () => {
    const notice = analyzePage(p069).articles.find((article) => article.title === '关于公布违反“三个规定”问题举报渠道的公告');
    expect(notice?.blocks[0].text).toMatch(/^为严格落实防止干预司法“三个规定”/u);
  });

  it('is no headline when the line is running text that ends on the word (现将有关事项公告)', () => {
    const page = analyzePage(['包头市九原区人民法院公告', '', '为方便群众诉讼，现将有关事项公告', '如下：一、立案时间为工作日上午九时至十二时。'].join('\n'));
    expect(page.articles.map((article) => article.title)).toEqual(['包头市九原区人民法院公告']);
  });

  it('opens its notice as an official document\'s title (关于…的公告), though the article above ended without its stop', () => {
    const page = analyzePage(
      [
        '跟着执行法官过一天',
        '本报记者 王楠',
        '　　早上8点半，执行干警们已经在查控系统前忙碌起来。',
        '　　回到车上，吴昊看了看手机，还有4条当事人的留言没回',
        '关于举办2025年“法院开放日”活动的公告',
        '　　为增进社会各界对人民法院工作的了解，乌海市海南区人民法院定于2025年5月20日举办“法院开放日”活动。现将有关事项公告如下：',
        '（一）活动时间',
        '　　2025年5月20日上午9时。',
      ].join('\n'),
    );
    expect(page.articles.map((article) => article.title)).toEqual(['跟着执行法官过一天', '关于举办2025年“法院开放日”活动的公告']);
  });

  it('opens its notice as a court\'s document title (…法院…公告) where lines are paragraphs, though the text above ended without its stop', () => {
    const page = analyzePage(
      [
        '“一站式”服务跨境当事人',
        '二连浩特市人民法院 萨仁 胡雪',
        '锡林郭勒讯 二连浩特市法院诉讼服务中心近日新设跨境诉讼服务窗口，为来自蒙古国的当事人提供立案指导、材料翻译、调解预约等服务。',
        '窗口启用半个月，已接待跨境当事人23人次，办理跨境买卖合同、运输合同纠纷立案9件。对于暂时无法到庭的境外当事人，法院通过跨境诉讼服务平台进行身份核验和视频调解。',
        '“以前来一趟要办好几天手续，现在一个窗口就办完了。”一名从事果蔬贸易的蒙古国商人说',
        '呼伦贝尔市中级人民法院2025年公开招聘聘用制书记员公告',
        '因工作需要，经研究决定，呼伦贝尔市中级人民法院面向社会公开招聘聘用制书记员15名。现将有关事项公告如下：',
        '一、招聘条件',
        '（一）具有中华人民共和国国籍，拥护中华人民共和国宪法；',
        '（二）年龄在18周岁以上、35周岁以下；',
        '（三）具有国家承认的大学专科及以上学历，法律类专业优先；',
        '（四）计算机操作熟练，中文录入速度每分钟不低于80字；',
        '（五）具有良好的品行和正常履行职责的身体条件。',
        '二、报名方式',
        '报名时间为2025年6月9日至6月15日。报名者请将报名表、身份证、学历证书扫描件发送至指定邮箱，逾期不予受理。',
        '三、考试与录用',
        '考试分笔试、速录测试和面试三个环节。拟聘用人员名单将在本院官方网站公示7个工作日。',
        '联系电话：0470-0000000',
        '呼伦贝尔市中级人民法院',
        '2025年6月3日',
      ].join('\n'),
    );
    expect(page.articles.map((article) => article.title)).toEqual(['“一站式”服务跨境当事人', '呼伦贝尔市中级人民法院2025年公开招聘聘用制书记员公告']);
  });

  it('keeps the genre a notice\'s headline wrapped before (关于调整夏季工作时间及诉讼服务事项的 / 公告) in its title, no byline', () => {
    const raw = page(
      '法院专刊', '', '2025年2月21日 星期五', '', '02版', '', '法院文化', '',
      '关于调整夏季工作时间及诉讼服务事项的', '', '公告', '',
      '为适应夏季作息规律，进一步方', '', '便人民群众参与诉讼，经本院研究决', '', '定，自2025年6月1日起调整工作时间',
      '及部分诉讼服务事项。现将有关事项', '', '公告如下：', '', '一、工作时间调整为：上午8:30', '', '至12:00，下午15:00至18:00。', '',
      '二、诉讼服务中心实行午间不间', '', '断服务，12:00至15:00安排专人值', '', '班，办理立案登记、材料收转、案件', '', '查询等业务。',
    );
    const notice = analyzePage(raw).articles[0];
    expect(notice.title).toBe('关于调整夏季工作时间及诉讼服务事项的公告');
    expect(notice.byline).toBeNull();
  });

  it('opens a notice at its whole headline even under the byline of the article set beside it (pdftotext)', () => {
    const raw = page(
      '一根网线连起千里诉讼路',
      '——巴彦淖尔市中级人民法院智慧法院建设走笔',
      '本报记者●高志远',
      '',
      '关于公开选任人民陪审员的',
      '公告',
      '',
      '　　根据《中华人民共和国人民陪审员法》和《人民陪审员选任办法》，本院决定公开选任人民陪审员20名。',
      '　　报名时间为2025年3月1日至3月31日。',
      '　　特此公告。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('关于公开选任人民陪审员的公告');
  });

  it('opens a court\'s decision at its whole title, however long, and a proposal (倡议书) under finished text', () => {
    const decision = page(
      '通辽市中级人民法院关于表彰2024年度全市法院先进集体和先进个人的决定',
      '　　各旗县市区人民法院，本院各部门：',
      '　　2024年，全市法院广大干警牢记嘱托、勇毅前行，各项工作取得新成效。经院党组研究，决定授予科尔沁区人民法院立案庭等8个集体“先进集体”称号。',
    );
    expect(analyzePage(decision).articles.map((article) => article.title)).toEqual(['通辽市中级人民法院关于表彰2024年度全市法院先进集体和先进个人的决定']);
    const proposal = page(
      '　　努力让矛盾纠纷解决在基层、化解在萌芽状态，为建设平',
      '安兴安、法治兴安贡献法院力量。',
      '关于中秋国庆期间廉洁过节的倡议书',
      '　　全院干警：',
      '　　中秋、国庆佳节将至。为营造风清气正的节日氛围，',
      '院党组向全院干警发出如下倡议：',
      '　　一、严守纪律规矩。严格落实中央八项规定及其实施',
      '细则精神，不收受可能影响公正执行公务的礼品礼金。',
    );
    expect(analyzePage(proposal).articles.map((article) => article.title)).toContain('关于中秋国庆期间廉洁过节的倡议书');
  });
});

describe('an official document\'s whole title on a line of its own', () => {
  it('stands apart from the text under it where the page sets one line per paragraph (a development page)', () => {
    const raw = page(
      '优化营商环境 鄂尔多斯法院在行动',
      '本报记者 杜晓燕',
      '乌审：乌审旗人民法院推行商事案件“要素式”审判，对买卖合同、金融借款等类型化案件统一使用要素表。今年以来，此类案件平均审理天数缩短至26天。',
      '呼和浩特市中级人民法院关于表彰2024年度全市法院优秀人民陪审员的决定',
      '2024年，全市法院人民陪审员认真履行审判职责，积极参与案件审理、矛盾化解和普法宣传，全年参审案件1.2万余件。名单如下（排名不分先后）：',
      '王秀兰（呼和浩特市中级人民法院）',
      '李建平（呼和浩特市中级人民法院）',
    );
    const titles = analyzePage(raw).articles.map((article) => article.title);
    expect(titles).toEqual(['优化营商环境 鄂尔多斯法院在行动', '呼和浩特市中级人民法院关于表彰2024年度全市法院优秀人民陪审员的决定']);
  });
});

describe('a notice\'s issuing court on a line of its own over 关于…的公告', () => {
  it('is the title\'s first line, and the title ends over the salutation (MuPDF)', () => {
    const notice = analyzePage(courtOverTitle).articles.find((article) => article.title.includes('关于领取执行案款的公告'));
    expect(notice?.title).toBe('呼伦贝尔市新巴尔虎左旗人民法院关于领取执行案款的公告');
    expect(notice?.blocks[0].text).toBe('各有关当事人：');
  });
});

describe('an official document\'s title written as a block of its own (MuPDF)', () => {
  it('opens the notice under the closed sentence above it, however full that line', () => {
    const notice = analyzePage(titleBlock).articles.find((article) => article.title.includes('对外办公时间的公告'));
    expect(notice?.title).toBe('锡林浩特市人民法院关于调整诉讼服务中心对外办公时间的公告');
  });
});

describe('a document\'s headline wrapped before its genre\'s word', () => {
  it('runs on into the short line naming the genre over the salutation (MuPDF, blank lines between)', () => {
    const raw = page('（作者单位：科尔沁左翼中旗人民法', '院）', '', '抵制高价彩礼 倡树', '', '婚育新风倡议书', '', '全旗广大青年朋友、各位家长：', '婚姻是人生大事，家庭是社会的', '', '细胞。近年来，一些地方彩礼数额攀升。');
    const titles = analyzePage(raw).articles.map((article) => article.title.replace(/\s/gu, ''));
    expect(titles).toContain('抵制高价彩礼倡树婚育新风倡议书');
  });
});

describe('a notice\'s contacts', () => {
  it('keep an address wrapped over its column\'s edge, under the telephone, in the notice (MuPDF, a development page)', () => {
    const articles = analyzePage(noticeAddress).articles;
    expect(articles.map((article) => article.title)).not.toContain('林河大街西段科尔沁区人民法院');
    const texts = articles.flatMap((article) => article.blocks.map((block) => block.text.replace(/\s/gu, '')));
    expect(texts).toContain('地址：通辽市科尔沁区霍林河大街西段科尔沁区人民法院');
  });
});

describe('an official title whose genre\'s last character stands alone', () => {
  it('ends with that character, over the salutation (…关于诉讼服务中心搬迁的公 / 告; MuPDF, a development page)', () => {
    const notice = analyzePage(genreEndCarriedPage).articles.find((article) => article.title.includes('搬迁的公'));
    expect(notice?.title).toBe('呼和浩特市赛罕区人民法院关于诉讼服务中心搬迁的公告');
    expect(notice?.blocks[0].text).toBe('各位当事人、诉讼代理人：');
  });
});

describe('a notice\'s signature where paragraphs open indented', () => {
  it('keeps its indented date the notice\'s, so the two-phrase head under it opens the next article (a development page)', () => {
    const raw = page(
      '抵制高价彩礼 倡树婚育新风倡议书',
      '　　让我们携手共建健康文明、积极向上的婚俗新风！',
      '　　婚姻家庭纠纷咨询电话：0482-5126148',
      '　　突泉县人民法院',
      '　　2025年3月5日',
      '重阳节里',
      '法官给老人讲“防骗经”',
      '　　本报赤峰讯　10月29日重阳节当天，赤峰市松山区人民法院干警走进穆家营子镇敬老院。',
    );
    const articles = analyzePage(raw).articles;
    expect(articles.map((article) => article.title.replace(/\s/gu, ''))).toEqual(['抵制高价彩礼倡树婚育新风倡议书', '重阳节里法官给老人讲“防骗经”']);
    // (The court signs under a contact line whatever its label names: 婚姻家庭纠纷咨询电话：….)
    expect(articles[0].blocks.find((block) => block.text === '突泉县人民法院')?.type).toBe('paragraph');
  });
});

describe('an official document\'s whole title wrapped at a narrow measure', () => {
  it('is one headline, proven by its own words, and ends at its genre\'s word', () => {
    const analysis = analyzePage(narrowNoticeRun);
    expect(analysis.articles[0].title.replace(/\s/gu, '')).toBe('锡林郭勒盟正镶白旗人民法院关于2025年秋冬季巡回审判服务安排的公告');
    expect(analysis.articles[0].blocks[0].text.replace(/\s/gu, '')).toBe('全旗广大农牧民群众：');
  });
});

describe('a letter to the public (…的一封信)', () => {
  it('is an official document\'s title: it opens its letter, even under a roundup item\'s source', () => {
    expect(analyzePage(letterAfterRoundupItem).articles.map((article) => article.title)).toEqual(['岭上岭下法苑快讯', '苏尼特右旗人民法院致广大农牧民朋友的一封信']);
  });

  it('opens its letter under finished text where the page marks nothing, addressed to whom it names (致…的一封信)', () => {
    const raw = page('……努力让人民群众的胜诉权益得到及时兑现。', '致全旗个体工商户和中小企业主的一封信', '全旗个体工商户和中小企业主朋友们：', '为进一步优化法治化营商环境，我院推出以下举措。');
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('致全旗个体工商户和中小企业主的一封信');
  });
});

describe('a notice\'s contact line wrapped inside its bracket', () => {
  it('runs on into the line that closes the bracket, no headline of its own', () => {
    const analysis = analyzePage(contactBracketWrapped);
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0].blocks.map((block) => block.text)).toContain('联系电话：0472-8725316（工作日上午8时30分至12时，下午2时30分至5时30分）');
  });
});

// A text layout of development-set articles (tune9) at a narrow measure: a notice's whole title, wider than the column, a
// blank line under it and over the notice's text.
import officialTitleOverGap from './test-support/extractor-pages/narrow-dev-official-title-over-gap.txt?raw';

describe('an official document\'s whole title over a blank line', () => {
  it('ends there, wider than the narrow column or not: no sentence ends on its genre', () => {
    expect(analyzePage(officialTitleOverGap).articles.map((article) => article.title)).toContain('乌兰察布市中级人民法院关于公开征集2025年度对外委托司法鉴定机构入册的公告');
  });
});
