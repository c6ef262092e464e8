import { describe, expect, it } from 'vitest';
import { analyzePage, splitRawLines } from './analyze-page';
import { assemblePage } from './assemble-page';
import type { PageAnalysis } from '../model/page-analysis';
import { extractLineFeatures, extractPageLines } from './line-features';
import { hasBlankLineArtifact } from './extractor-artifacts/extractor-breaks';
import { isCredit } from './line-patterns';
// Real MuPDF output (`mutool draw -F txt`) of a corpus train page printed by Chromium (corpus/README.md), kept as it was when the test was written (test-support/extractor-pages/).
import mutoolPage from './test-support/extractor-pages/mutool-train-p001.txt?raw';
import courtBylineExcerpt from './test-support/extractor-pages/indented-court-byline.txt?raw';
import questionHeadlineExcerpt from './test-support/extractor-pages/narrow-question-headline.txt?raw';
import barePhraseExcerpt from './test-support/extractor-pages/wide-bare-second-phrase.txt?raw';
import fourCharacterBylineExcerpt from './test-support/extractor-pages/narrow-four-character-byline.txt?raw';
import namesAcrossGapExcerpt from './test-support/extractor-pages/narrow-names-across-gap.txt?raw';
import sectionHeadsExcerpt from './test-support/extractor-pages/narrow-section-heads.txt?raw';
import headOverCourtExcerpt from './test-support/extractor-pages/narrow-head-over-court.txt?raw';
import questionOverNamesExcerpt from './test-support/extractor-pages/indented-question-head-over-names.txt?raw';
import listCourtWrappedExcerpt from './test-support/extractor-pages/narrow-list-court-wrapped.txt?raw';
import listItemsApartExcerpt from './test-support/extractor-pages/wide-list-items-apart.txt?raw';
import caseHeadExcerpt from './test-support/extractor-pages/narrow-case-head-fills-column.txt?raw';
import caseHeadTwoPhrases from './test-support/extractor-pages/narrow-case-head-two-phrases.txt?raw';
// MuPDF's text of a development-set page: a long markless headline written as a block of three lines of a narrow column.
import longHeadBlock from './test-support/extractor-pages/mutool-dev-long-markless-head.txt?raw';
// Indented text layouts of development-set pages: a list's last entries, courts one to a line and indented, over the next
// article's unindented headline — a court's name and a phrase over a dashed subtitle (湖畔法庭 牧区灯火), or a notice's.
import courtPhraseOverSubtitle from './test-support/extractor-pages/indented-dev-court-phrase-head-over-subtitle.txt?raw';
// The page's first headline opens on its column's name (法官说法：…) over the writers' bare names and a case's
// bracketed first section.
import columnHeadOverNames from './test-support/extractor-pages/indented-dev-column-head-over-names.txt?raw';
// A narrow layout: a caption closed by a photographer of five characters in brackets (（敖登格日乐 摄）) over the next headline.
import captionLongPhotographer from './test-support/extractor-pages/narrow-dev-caption-long-photographer.txt?raw';
// A headline of a quotation with its pause inside and a second phrase (“牧区立案，不让牧民白跑一趟” 访…), wider than one
// phrase: on one line (one line per paragraph) or two (a wide layout), over its byline.
import quotedHeadLong from './test-support/extractor-pages/oneline-dev-quoted-head-long.txt?raw';
import quotedHeadTwoLines from './test-support/extractor-pages/wide-dev-quoted-head-two-lines.txt?raw';
// A markdown page (tune7) whose headlines are marked ## over finished text, one a photo story's short head over a dated lead.
import titleLevel from './test-support/extractor-pages/markdown-dev-title-level.txt?raw';
// A wide layout: a question and a phrase set apart by a space, between blank lines, under a finished paragraph.
import questionThenPhrase from './test-support/extractor-pages/wide-dev-question-then-phrase.txt?raw';
// An indented layout whose first headline lists two things before its second phrase, wider than one phrase.
import listedPairHead from './test-support/extractor-pages/indented-dev-listed-pair-head.txt?raw';
// A one-line-per-paragraph page (tune8): a question and a second phrase longer than one phrase may be, over the byline.
import questionLongPhrase from './test-support/extractor-pages/oneline-dev-question-long-phrase.txt?raw';
import courtListOverNotice from './test-support/extractor-pages/indented-dev-court-list-over-notice.txt?raw';

// Article heads in layouts that mark nothing: one line per paragraph, blank lines between, no
// indents, no markdown. Each page is made up for the rule it tests (issue #9, class 1).
const page = (...lines: string[]) => `${lines.join('\n\n')}\n`;
const fields = (raw: string) => analyzePage(raw).articles.map(({ title, subtitle, byline, dateline, credit }) => ({ title, subtitle, byline, dateline, credit }));

describe('article heads in unmarked layouts', () => {
  it('takes the writers\' court and names under a headline for its byline, but not a 单位 + 主题 headline with its own byline', () => {
    const raw = page(
      '牧区调解有了“流动窗口”',
      '甲旗人民法院 乌云其木格 张明',
      '甲旗讯 近日，甲旗人民法院把调解窗口搬上巡回车，开进了牧区。',
      '（甲旗人民法院供稿）',
      '乙县法院 动态两则',
      '本报记者 王强 整理',
      '乙县人民法院本月审结涉农案件二十件，当事人均已履行。',
    );
    expect(fields(raw)).toEqual([
      { title: '牧区调解有了“流动窗口”', subtitle: null, byline: '甲旗人民法院 乌云其木格 张明', dateline: '甲旗讯', credit: '（甲旗人民法院供稿）' },
      { title: '乙县法院 动态两则', subtitle: null, byline: '本报记者 王强 整理', dateline: null, credit: null },
    ]);
  });

  it('takes a court with its writers or its office in brackets for a credit', () => {
    expect(isCredit('（丙区人民法院 李华）')).toBe(true);
    expect(isCredit('（丁盟中级人民法院研究室）')).toBe(true);
    // Half-width marks and a stray space, as markdown-ish text brings them.
    expect(isCredit('(作者单位: 戊县人民法院)')).toBe(true);
    // An aside in brackets is no credit.
    expect(isCredit('（丙区人民法院审理后认为）')).toBe(false);
    // Wrapped at the space between court and name, it is still a credit.
    const wrapped = analyzePage(page('甲旗法院推出便民措施', '本报讯 近日，甲旗人民法院推出十项便民诉讼措施，方便群众诉讼。', '（乙旗人民法院\n杜慧敏）'));
    expect(wrapped.articles[0].credit).toBe('（乙旗人民法院 杜慧敏）');
  });

  it('reads the editorial credits after masthead items, or wrapped under their label, as furniture', () => {
    expect(extractLineFeatures(0, '第6版 责任编辑 刘洋', false).pageFurniture).toBe(true);
    const analysis = analyzePage(`法院专刊\n责任编辑\n孙丽\n\n${page('春耕送法到田间', '本报戊市讯 近日，戊市人民法院组织干警走进田间，为农户讲解种子纠纷的维权办法。')}`);
    expect(analysis.articles.map((article) => article.title)).toEqual(['春耕送法到田间']);
    expect(analysis.furniture).toContain('责任编辑 孙丽');
  });

  it('opens a section, not an article, at a head right under a byline', () => {
    const raw = page('土地到期不腾退怎么办？', '本报通讯员 赵云', '【基本案情】', '本报己市讯 2019年，村民张某将承包地流转给李某，合同到期后李某拒不腾地。', '【法官说法】', '合同到期后，承包方应当及时返还土地，拒不返还的，发包方可以依法起诉。');
    const [article, ...rest] = analyzePage(raw).articles;
    expect(rest).toEqual([]);
    expect(article).toMatchObject({ title: '土地到期不腾退怎么办？', byline: '本报通讯员 赵云', dateline: '本报己市讯' });
    expect(article.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('takes any short unfinished line over a byline for a headline, and a notice\'s headline after a finished text for a new article', () => {
    const raw = page(
      '庚县法院开展廉政教育',
      '庚县讯 近日，庚县人民法院组织干警观看警示教育片。',
      '（王敏）',
      '网购“进口奶粉”是假货',
      '本报通讯员 刘佳',
      '2024年3月，王女士在某网店购买的奶粉经鉴定为假货，法院判决网店三倍赔偿。',
      '该判决已发生法律效力。',
      '关于启用新诉讼服务中心的通告',
      '为方便群众诉讼，我院新诉讼服务中心自2025年4月1日起投入使用。',
      '特此通告。',
    );
    expect(analyzePage(raw).articles.map((article) => article.title)).toEqual(['庚县法院开展廉政教育', '网购“进口奶粉”是假货', '关于启用新诉讼服务中心的通告']);
  });

  it('takes bare names under a headline or its subtitle for the byline, never for a second phrase of the headline', () => {
    const raw = page(
      '锡林郭勒盟法院综述',
      '刘洋',
      '今年以来，各基层法院立足牧区实际，打造了一批特色工作品牌。',
      '（某盟中级人民法院研究室）',
      '小法庭里的大治理',
      '——辛镇人民法庭参与基层社会治理纪实',
      '陈立新 武晓丽',
      '辛镇是一座古镇，常住人口不到两万。',
    );
    expect(fields(raw)).toEqual([
      { title: '锡林郭勒盟法院综述', subtitle: null, byline: '刘洋', dateline: null, credit: '（某盟中级人民法院研究室）' },
      { title: '小法庭里的大治理', subtitle: '——辛镇人民法庭参与基层社会治理纪实', byline: '陈立新 武晓丽', dateline: null, credit: null },
    ]);
  });

  it('joins a headline set over two lines above its byline into one title, and keeps a longer dashless subtitle apart', () => {
    const raw = `${page('壬县法院召开座谈会', '壬县讯 近日，壬县人民法院召开涉企座谈会。', '（周红）')}\n私设铁夹捕猎\n两人获刑并赔偿损失\n癸旗人民法院 宝力德\n\n${page('被告人在草原上私设铁夹，捕获野生动物二十一只。', '（癸旗人民法院供稿）')}\n跟着执行法官过一天\n记者蹲点子市丑区人民法院执行局\n本报记者 王楠\n\n${page('早上八点，执行局的干警已经出发。')}`;
    expect(fields(raw).slice(1)).toEqual([
      { title: '私设铁夹捕猎 两人获刑并赔偿损失', subtitle: null, byline: '癸旗人民法院 宝力德', dateline: null, credit: '（癸旗人民法院供稿）' },
      { title: '跟着执行法官过一天', subtitle: '记者蹲点子市丑区人民法院执行局', byline: '本报记者 王楠', dateline: null, credit: null },
    ]);
  });

  it('keeps a two-phrase headline that fills a narrow column apart from its court alone under it', () => {
    // Train articles set again in the narrow layout (scripts/corpus/fresh-layouts.ts), frozen in test-support.
    expect(fields(headOverCourtExcerpt).find((article) => article.title.startsWith('拒不履行判决'))).toMatchObject({ title: '拒不履行判决 “老赖”被判刑', byline: '四子王旗人民法院' });
    // …but a list's item whose court wrapped (1. 马海燕 呼和浩特市新 / 城区人民法院) runs on.
    const items = analyzePage(listCourtWrappedExcerpt).articles[0].blocks.map((block) => block.text.replace(/\s+/gu, ''));
    expect(items).toContain('1.马海燕呼和浩特市新城区人民法院');
    expect(items).toContain('6.李晓东鄂尔多斯市中级人民法院');
  });

  it('opens an article at a question head of two phrases set flush over the writers\' names, under a last line that lost its stop (indented layout)', () => {
    // Train articles set again in the indented layout (scripts/corpus/fresh-layouts.ts), frozen in test-support.
    expect(fields(questionOverNamesExcerpt).map(({ title, byline }) => ({ title, byline }))).toEqual([
      { title: '四子王旗法院 “那达慕”上讲法律', byline: null },
      { title: '孩子在校园受伤 学校要担责吗', byline: '王冬梅 白宇' },
    ]);
  });

  it('opens an article at a question alone under the credit that closed the article above', () => {
    const raw = page('一件小案子', '司法的温度，往往就藏在这些看似平凡的案件里。', '（作者单位：甲区人民法院）', '“支部建在庭上”怎么建？', '近年来，乙中级法院推行“支部建在庭上”，把党支部建在审判执行一线。', '问：为什么要把支部建在庭上？', '答：过去党支部和业务庭室“两张皮”的问题比较突出。');
    expect(fields(raw).map(({ title, credit }) => ({ title, credit }))).toEqual([
      { title: '一件小案子', credit: '（作者单位：甲区人民法院）' },
      { title: '“支部建在庭上”怎么建？', credit: null },
    ]);
  });

  it('takes a long second line that names no court, no one portrayed and no genre for the headline\'s second phrase', () => {
    const raw = `${page('壬县法院召开座谈会', '壬县讯 近日，壬县人民法院召开涉企座谈会。', '（周红）')}\n3年调处纠纷1200余件\n“石榴籽”调解室成了牧民贴心人\n通讯员 其其格 张晓龙\n\n${page('锡林郭勒讯　走进东乌珠穆沁旗人民法院满都宝力格人民法庭，一间挂着“石榴籽”牌匾的调解室格外醒目。')}\n警惕“刷单返利”陷阱\n霍林郭勒市法院法官解读电信网络诈骗犯罪\n本报记者 王楠\n\n${page('早上八点，法官走进社区。')}`;
    expect(fields(raw).slice(1).map(({ title, subtitle }) => ({ title, subtitle }))).toEqual([
      { title: '3年调处纠纷1200余件 “石榴籽”调解室成了牧民贴心人', subtitle: null },
      { title: '警惕“刷单返利”陷阱', subtitle: '霍林郭勒市法院法官解读电信网络诈骗犯罪' },
    ]);
  });

  it('keeps a notice\'s case number and a signature dated in Chinese numerals out of the heads', () => {
    expect(extractLineFeatures(0, '（2025）内0523民初1876号', false).headlineShaped).toBe(false);
    expect(extractLineFeatures(0, '二〇二五年八月十二日', false).headlineShaped).toBe(false);
    expect(extractLineFeatures(0, '举报电话:0470-0000000', false).headlineShaped).toBe(false);
    const raw = page('寅县人民法院公告', '（2025）内0523民初1876号', '王某某：', '本院受理原告某公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。', '特此公告。', '寅县人民法院', '二〇二五年八月十二日', '草原上的“老调解”', '都仁 高俊峰', '卯嘎查的老调解员都仁，今年已经七十岁了。');
    expect(fields(raw).map((article) => [article.title, article.byline])).toEqual([
      ['寅县人民法院公告', null],
      ['草原上的“老调解”', '都仁 高俊峰'],
    ]);
  });

  it('keeps a notice\'s contact line and signature in the notice, and opens the next article under them', () => {
    const raw = page('卯县人民法院招聘书记员公告', '因工作需要，本院面向社会招聘书记员5名。现将有关事项公告如下：', '一、报名时间', '2025年6月9日至6月15日。', '联系人：高法官 电话：0478-0000000', '卯县人民法院', '2025年6月3日', '劳动争议典型案例', '为引导用人单位依法用工，卯县人民法院近日发布3件典型案例。');
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['卯县人民法院招聘书记员公告', '劳动争议典型案例']);
    expect(analysis.articles[0].blocks.slice(-3).map((block) => block.text)).toEqual(['联系人：高法官 电话：0478-0000000', '卯县人民法院', '2025年6月3日']);
  });

  it('keeps the space between a title\'s two phrases set on two lines, whatever words they hold', () => {
    // One line per paragraph: nothing was wrapped, so the head's lines are its phrases.
    const unwrapped = '网购“假奶粉”是假货\n消费者获三倍赔偿\n本报通讯员 刘佳\n2024年3月，王女士在某网店购买奶粉，经鉴定为假货，遂诉至法院。\n法院审理认为，网店明知是假货仍然销售，构成欺诈，判决网店退还货款并三倍赔偿。\n';
    expect(fields(unwrapped)[0].title).toBe('网购“假奶粉”是假货 消费者获三倍赔偿');
    // Wrapped at a column of 16: the title's short lines are still two phrases.
    const wrapped = '网购“假奶粉”是假货\n消费者获三倍赔偿\n本报通讯员 刘佳\n  2024年3月，王女士在某网店购\n买奶粉，经鉴定为假货，遂诉至法\n院。法院审理认为，网店明知是假\n货仍然销售，构成欺诈，判决网店\n退还货款并三倍赔偿。\n';
    expect(fields(wrapped)[0].title).toBe('网购“假奶粉”是假货 消费者获三倍赔偿');
  });

  it('reads a question headline over its ——访 subtitle as title and subtitle, and a pull quote over its source as one paragraph', () => {
    const raw = '“枫桥经验”怎样落到牧区？\n——访甲旗人民法院院长乙某\n本报记者 丙丁\n记者：甲旗地广人稀，法院怎样把调解送到牧民家门口？\n乙某：我们在每个苏木设了法官联络点，群众有纠纷一个电话就能找到法官。\n';
    expect(fields(raw)[0]).toMatchObject({ title: '“枫桥经验”怎样落到牧区？', subtitle: '——访甲旗人民法院院长乙某', byline: '本报记者 丙丁' });
    const quote = analyzePage('法官的一天\n本报记者 丙丁\n“司法为民不是口号，要落到每一件案子上。”\n——甲旗人民法院院长乙某\n清晨六点，法官已经出发。\n');
    expect(quote.articles[0].blocks[0].text).toBe('“司法为民不是口号，要落到每一件案子上。”——甲旗人民法院院长乙某');
  });

  it('reads two head phrases over a byline or dateline as one headline, whatever words they hold, and never takes a question for a caption', () => {
    // Narrow column, blank lines between paragraphs; the first article's last paragraph closes on its credit.
    const raw = [
      '午旗法院巡回审判进牧区', '', '本报讯  近日，午旗人民法院', '把巡回法庭开进牧区，就地化', '解纠纷十余件。', '', '（午旗人民法院供稿）', '',
      '葵花籽收购价涨了', '卖方能否反悔不交货？', '', '未县讯  签好的合同遇上行', '情变化，卖方能不能反悔？近', '日，未县人民法院审结此案。', '',
      '他们是怎么做到的？', '', '法官说，合同一经签订就应全', '面履行。', '',
      '牧民遇到纠纷', '为何先找“法官联络点”？', '申旗人民法院 萨仁', '', '在申旗，牧民家中的纠纷常常', '还没进法院就已经化解了。', '',
    ].join('\n');
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => [article.title.replace(/ /gu, ''), article.byline, article.dateline])).toEqual([
      ['午旗法院巡回审判进牧区', null, '本报讯'],
      ['葵花籽收购价涨了卖方能否反悔不交货？', null, '未县讯'],
      ['牧民遇到纠纷为何先找“法官联络点”？', '申旗人民法院 萨仁', null],
    ]);
    expect(analysis.articles[1].blocks.find((block) => block.text === '他们是怎么做到的？')?.type).toBe('paragraph');
  });

  it('keeps the writers\' court and names apart from a headline as wide as the column above them', () => {
    // An excerpt of a corpus train page (indented layout, 20-cell column), frozen in test-support.
    expect(fields(courtBylineExcerpt).map((article) => [article.title, article.byline])).toContainEqual(['离婚后拒付抚养费 孩子的生活费不能“断供”', '扎鲁特旗人民法院 包丽娟']);
  });

  it('opens a roundup at its headline (…动态, …简讯) over its first item\'s head, the items staying its sections', () => {
    const raw = page(
      '戌盟法院动态',
      '甲市法院“法官驿站”进社区',
      '10月以来，甲市人民法院在辖区5个社区设立“法官驿站”，每周安排法官坐班接待群众，已接待咨询200余人次。（孙某）',
      '乙旗法院为种植户解难题',
      '秋收时节，乙旗人民法院法官深入种植大户和收购企业，围绕收购合同签订、货款结算等问题开展普法。（李某）',
      '（戌盟中级人民法院研究室）',
    );
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['戌盟法院动态']);
    expect(analysis.articles[0].blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['甲市法院“法官驿站”进社区', '乙旗法院为种植户解难题']);
  });

  it('keeps a notice\'s contact lines under its numbered heads in the notice', () => {
    const raw = page('关于公布举报渠道的公告', '为主动接受社会监督，现将本院受理举报的渠道公布如下：', '一、来信举报', '地址：甲市乙区丙大街1号（邮编010020）', '二、电话举报', '0471-12368（工作日上午9:00—12:00）', '三、网络举报', '登录本院官方网站举报专栏。');
    const analysis = analyzePage(raw);
    expect(analysis.articles.map((article) => article.title)).toEqual(['关于公布举报渠道的公告']);
    expect(analysis.articles[0].blocks.map((block) => block.text)).toContain('地址：甲市乙区丙大街1号（邮编010020）');
  });

  it('takes a question and a phrase over bare names for one headline and its byline', () => {
    // The top of a corpus train page (narrow layout), frozen in test-support.
    expect(fields(questionHeadlineExcerpt)[0]).toMatchObject({ title: '“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗', byline: '白雪 孙浩' });
  });

  it('takes a short bare phrase under a head for the head\'s second phrase, whatever its words, but never a signature\'s date', () => {
    // The top of a corpus train page (wide layout), frozen in test-support.
    expect(fields(barePhraseExcerpt)[0].title).toBe('网围栏越界二十米 调解员现场量清了');
    const notice = page('甲县人民法院招聘公告', '考试分笔试和面试两个环节，名单将在本院网站公示。', '联系电话:0470-0000000', '甲县人民法院', '2025 年 6 月3日', '劳动者权益保护典型案例', '为引导用人单位依法用工，乙市中级人民法院近日发布3件典型案例。');
    expect(fields(notice).map((article) => article.title)).toEqual(['甲县人民法院招聘公告', '劳动者权益保护典型案例']);
  });

  it('reads a headline ending on 法院 as a headline, and a court named after its place as an institution', () => {
    expect(extractLineFeatures(0, '墨香浸润法院', false).mastheadLike).toBe(false);
    expect(['甲市中级人民法院', '乙旗法院', '丙铁路运输法院'].map((text) => extractLineFeatures(0, text, false).mastheadLike)).toEqual([true, true, true]);
    const raw = page('法院专刊', '以案说法 责任编辑 孙丽', '墨香浸润法院\n书画涵养初心', '丁市讯　5月20日，丁市人民法院一楼大厅里挂满了字画和照片，干警书画摄影作品展在这里开幕。', '展览共展出作品120余件。');
    expect(fields(raw).map((article) => article.title)).toEqual(['墨香浸润法院 书画涵养初心']);
  });

  it('takes a four-character name alone under a headline, across a blank line, for its byline', () => {
    // An excerpt of a corpus train page (narrow layout), frozen in test-support.
    expect(fields(fourCharacterBylineExcerpt).find((article) => article.title.startsWith('让庭审直播'))).toMatchObject({ title: '让庭审直播成为常态', byline: '苏日古嘎' });
  });

  it('opens the page\'s first article at a head under a spaced masthead date', () => {
    const raw = page('# 法院专刊', '2025 年 2 月28日', '星期五', '06版', '## 云端调解', '近日,甲旗人民法院法官通过人民法院在线服务平台,为远在外地务工的原告和本地的被告组织了一场线上调解。', '不到一个小时,双方就还款期限达成一致。');
    expect(fields(raw).map((article) => article.title)).toEqual(['云端调解']);
  });

  it('keeps a numbered list\'s items in their article after an item that ends on a court in brackets', () => {
    const raw = page('全区法院法治文化作品评选结果揭晓', '本报讯 近日，全区法院第三届法治文化精品创作评选结果揭晓，以下作品获一等奖：', '1.书法作品《法治中国》', '（甲市乙区人民法院）', '2.散文《庭审后的那碗奶茶》（丙旗人民法院）', '3.短视频《一个执行干警的24小时》（丁市人民法院）', '（戊区高级人民法院政治部供稿）');
    expect(fields(raw).map((article) => article.title)).toEqual(['全区法院法治文化作品评选结果揭晓']);
  });

  it('never takes a case\'s 【】 section head for a head\'s second phrase, so a name above it stays the byline', () => {
    const raw = '　　减少“诉”，是为了更好地“治”。\n\n网购“三无”食品 能否主张十倍赔偿\n赵晓宁\n【案情】\n　　2024年3月，消费者刘某通过某网络店铺购买了20盒“手工牛肉干”，共支付货款1680元。\n【审理】\n　　法院审理认为，涉案食品不符合食品安全标准，判决店铺退还货款并支付十倍赔偿金。\n';
    expect(fields(raw).find((article) => article.title.startsWith('网购'))).toMatchObject({ title: '网购“三无”食品 能否主张十倍赔偿', byline: '赵晓宁' });
  });

  it('opens a roundup under the captions that close the article above it', () => {
    const raw = ['某旗法院送法下乡', '近日，某旗人民法院组织干警走进田间地头，向农户讲解种子买卖中的法律知识。', '▲法官在田间向农户讲解如何辨别假种子。刘洋 摄', '亥盟法院简讯', '甲市法院 冬季巡回审判进林区', '近日，甲市人民法院组织干警深入林区开展冬季巡回审判，就地审理劳动争议案件5件。（王刚）', '乙市法院 集中清理长期未结案件', '乙市人民法院开展长期未结案件专项清理活动，已清结1年以上未结案件12件。（刘春）', ''].join('\n');
    expect(fields(raw).map((article) => article.title)).toEqual(['某旗法院送法下乡', '亥盟法院简讯']);
  });

  it('keeps a roundup\'s items together when each is signed on a line of its own', () => {
    const raw = ['子盟法院简讯', '甲市法院 冬季巡回审判进林区', '　　近日，甲市人民法院组织干警深入林区开展冬季巡回审判，就地审理劳动争议案件5件。', '（娜仁）', '乙市法院 执行攻坚兑现胜诉权益', '　　乙市人民法院开展执行攻坚行动，执结案件46件，兑现胜诉权益1200余万元。', '（张立伟）', '丙旗法院审结一起草场纠纷', '本报讯　近日，丙旗人民法院审结一起草场承包纠纷。', '（丙旗人民法院供稿）', ''].join('\n');
    expect(fields(raw).map((article) => article.title)).toEqual(['子盟法院简讯', '丙旗法院审结一起草场纠纷']);
  });

  it('ends a text at a contact line or a signature date, and a sentence left open before a blank line never runs into a head over a byline', () => {
    const raw = page(
      '辰旗人民法院失信被执行人名单',
      '以上被执行人自名单公布之日起，将被限制高消费。',
      '举报电话：0470-0000000',
      '网购“假奶粉” 商家赔三倍',
      '本报通讯员 刘佳',
      '2024年3月，王女士在某网店购买的奶粉经鉴定为假货，法院判决网店三倍赔偿。',
      '（巳区人民法院供稿）',
    );
    expect(fields(raw).map((article) => article.title)).toEqual(['辰旗人民法院失信被执行人名单', '网购“假奶粉” 商家赔三倍']);
    // Columns: a paragraph cut at the foot of one column, a headline over its byline in the next.
    const columns = '午区法院审结一起案件\n\n午区讯 近日，午区人民法院审结一\n起案件，执行干警还有四条留言没回\n\n三十年如一日守护草原公平\n本报通讯员 其其格\n\n今年是乌力吉在某旗人民法院工\n作的第三十一个年头。\n';
    expect(analyzePage(columns).articles.map((article) => article.title)).toEqual(['午区法院审结一起案件', '三十年如一日守护草原公平']);
  });

  it('reads a dateline that MuPDF ran into its paragraph with no space', () => {
    const articles = analyzePage(mutoolPage).articles;
    expect(articles.map((article) => article.dateline)).toEqual(['本报赤峰讯', '通辽讯', '本报通辽讯', '本报乌海讯']);
    expect(articles[0].blocks[0].text).toMatch(/^为依法保护劳动者合法权益/u);
    // Words with 讯 in them are no dateline.
    expect(extractLineFeatures(0, '村民闻讯赶来，围在法官身边。', false).dateline).toBe(false);
    expect(extractLineFeatures(0, '通讯员走进嘎查', false).dateline).toBe(false);
  });

  it('opens the page with a headline right over a lead even when a later headline is the one proven by its byline', () => {
    const raw = page(
      '劳动者权益保护典型案例',
      '为引导用人单位依法用工、劳动者依法维权，未市中级人民法院近日发布三件劳动争议典型案例。',
      '法院认为，依法缴纳社会保险是用人单位和劳动者的法定义务，不能通过约定免除。',
      '（未市中级人民法院供稿）',
      '申区法院出台优化营商环境十二条举措',
      '申区人民法院 石磊 薛婷',
      '申区讯 近日，申区人民法院出台十二条举措，服务保障民营企业发展。',
    );
    expect(fields(raw).map((article) => [article.title, article.byline])).toEqual([
      ['劳动者权益保护典型案例', null],
      ['申区法院出台优化营商环境十二条举措', '申区人民法院 石磊 薛婷'],
    ]);
  });
});

describe('an article whose headline was written after it', () => {
  // Hard-wrapped, indented with ideographic spaces: the second article's headline stands after its credit,
  // over the third article's head (as an extractor reads a headline boxed below its text).
  const raw = [
    '甲旗法院“院长接待日”倾听群众心声',
    '　　甲旗讯 10月13日，甲旗人民法院开展“院长接待日”活动，院领导',
    '面对面接待来访群众，现场解答法律咨询。',
    '（刘佳）',
    '　　乙县讯 近日，乙县人民法院审结一起非法占用农用地案，被告人赵',
    '某被判处有期徒刑一年，缓刑一年六个月。',
    '　　法院审理查明，赵某擅自在其承包的草场上开挖取土，造成草原植被',
    '严重毁坏。',
    '（乙县人民法院供稿）',
    '乙县法院审结一起非法占用农用地案',
    '丙区法院开展“法律进校园”活动',
    '通讯员 高雅',
    '　　为增强青少年法治观念，丙区人民法院干警走进辖区一所中学，为师生',
    '上了一堂法治课。',
  ].join('\n');

  const heads = (analysis: PageAnalysis) => analysis.articles.map(({ title, subtitle, byline, dateline, credit }) => ({ title, subtitle, byline, dateline, credit }));

  it('opens an article at a dateline after a closing credit and gives it the headline written after it', () => {
    expect(heads(analyzePage(raw))).toEqual([
      { title: '甲旗法院“院长接待日”倾听群众心声', subtitle: null, byline: null, dateline: '甲旗讯', credit: '（刘佳）' },
      { title: '乙县法院审结一起非法占用农用地案', subtitle: null, byline: null, dateline: '乙县讯', credit: '（乙县人民法院供稿）' },
      { title: '丙区法院开展“法律进校园”活动', subtitle: null, byline: '通讯员 高雅', dateline: null, credit: null },
    ]);
  });

  it('keeps those articles when the page is put together again from its own lines\' roles (an editor\'s override)', () => {
    const analysis = analyzePage(raw);
    expect(heads(assemblePage(analysis, { normalization: {} }))).toEqual(heads(analysis));
  });
});

describe('the page\'s first headline over a lead set in a narrow column', () => {
  it('opens the first article at a short headline over an indented or wrapped lead, under the masthead band', () => {
    const raw = [
      '法院专刊',
      '2025年3月21日',
      '06版',
      '执行在线',
      '',
      '法治文化进社区',
      '　　金秋时节，甲区人民法院在社区广场举办法治文化',
      '展演活动，干警用快板、情景剧等形式宣讲法律知识。',
      '（甲区法院）',
      '',
      '少年打工受伤 雇主该担何责？',
      '本报记者●张瑶',
      '　　本报乙旗讯 未满十八周岁的孩子出去打工受了伤，',
      '雇主要不要担责？近日，乙旗人民法院审结了这样一起案件。',
    ].join('\n');
    expect(fields(raw).map((article) => article.title)).toEqual(['法治文化进社区', '少年打工受伤 雇主该担何责？']);
    // Unindented, the lead's wrapping says the same.
    expect(fields(raw.replace(/\u3000\u3000/gu, '')).map((article) => article.title)).toEqual(['法治文化进社区', '少年打工受伤 雇主该担何责？']);
    // A lead whose first line pauses only at an enumeration comma (为引导用人单位依法用工、).
    const enumerating = raw.replace('　　金秋时节，甲区人民法院在社区广场举办法治文化', '为引导用人单位依法用工、劳动者依法维权');
    expect(fields(enumerating.replace(/\u3000\u3000/gu, '')).map((article) => article.title)).toEqual(['法治文化进社区', '少年打工受伤 雇主该担何责？']);
  });
});

describe('a list set item by item with blank lines between (wide layout)', () => {
  it('keeps each item a paragraph of its own: a blank line after a line closing on ； is no extractor\'s artifact', () => {
    // Train articles set again in the wide layout (scripts/corpus/fresh-layouts.ts), frozen in test-support.
    const blocks = analyzePage(listItemsApartExcerpt).articles[0].blocks.map((block) => block.text.replace(/\s+/gu, ''));
    for (const item of ['1.民事、行政一审案件网上立案；', '2.申请执行网上立案；', '3.诉前调解申请。', '7.诉讼费网上缴纳；', '8.诉讼费退费申请；', '14.保全申请；']) expect(blocks).toContain(item);
    expect(hasBlankLineArtifact(extractPageLines(splitRawLines(listItemsApartExcerpt)))).toBe(false);
  });
});

describe('a case\'s head that fills a narrow column', () => {
  it('ends on the case\'s name: the text opens under it, while a second phrase of the head goes on with it', () => {
    // Train articles set again in the narrow layout (scripts/corpus/fresh-layouts.ts), frozen in test-support.
    const blocks = analyzePage(caseHeadExcerpt).articles.flatMap((article) => article.blocks);
    expect(blocks.find((block) => block.text.startsWith('案例一'))?.text).toBe('案例一：非法猎捕狍子案');
    // A train page's excerpt (narrow layout): 案例二：“自愿放弃社保” / 承诺无效, then the case's text.
    expect(analyzePage(caseHeadTwoPhrases).articles.flatMap((article) => article.blocks).map((block) => block.text.replace(/\s+/gu, ''))).toContain('案例二：“自愿放弃社保”承诺无效');
  });
});

describe('the masthead\'s date and weekday on two lines', () => {
  it('are one item of the band', () => {
    for (const lines of [['法院专刊', '2025年4月18日', '星期五', '第3版 法院文化'], ['法院专刊', '', '2025年4月18日', '星期五', '', '第7版 综合新闻'], ['# 法院专刊', '', '2025年4月18日', '', '星期五', '', '08 版']]) {
      const page = analyzePage([...lines, '', '普法讲座进校园', '', '本报记者 王楠', '', '近日，法官走进校园开展普法讲座。'].join('\n'));
      expect(page.breaks.find((decision) => page.lines[decision.before].text === '2025年4月18日')?.decision).toBe('join');
    }
  });
});

describe('paragraphs set one line each, with no blank lines', () => {
  it('end on a colon or a quotation\'s end: the quotation under them is a paragraph of its own', () => {
    const raw = [
      '非法采砂破坏黄河生态 被判赔偿修复费用',
      '本报记者 王楠',
      '黄河是中华民族的母亲河。河道非法采砂不仅破坏河床结构，还危及堤防安全，依法惩治这类犯罪是守护母亲河的应有之义。',
      '本案中，法院坚持“惩治犯罪”与“修复生态”并重，依照《中华人民共和国民法典》第一千二百三十四条规定：',
      '“违反国家规定造成生态环境损害，生态环境能够修复的，国家规定的机关或者法律规定的组织有权请求侵权人在合理期限内承担修复责任。”',
      '法院判决被告人承担生态修复费用一百二十万元，并在当地媒体公开赔礼道歉。',
    ].join('\n');
    const blocks = analyzePage(raw).articles[0].blocks.map((block) => block.text.slice(0, 6));
    expect(blocks).toEqual(['黄河是中华民', '本案中，法院', '“违反国家规', '法院判决被告']);
  });
});

describe('heads in a page set one line per paragraph, with no blank lines', () => {
  it('opens an article at a head over its dateline under a last line that lost its full stop, and at a head over writers\' names', () => {
    const raw = [
      '跟着执行法官过一天',
      '本报记者 王楠',
      '晚上8点，吴昊和同事又出发了，去蹲守一名长期躲避执行的被执行人。',
      '回到车上，吴昊看了看手机，还有4条当事人的留言没回',
      '廉政家访走进干警家中',
      '本报乌海讯 近日，乌达区人民法院纪检组联合政治部，分批走进12名审判执行岗位干警家中开展廉政家访。',
      '一名干警的妻子说：“往后家里也要帮他把好关。”',
      '“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗',
      '白雪 孙浩',
      '近年来，一些不法分子打着“高息理财”“以房养老”等幌子，专门把骗局对准老年人。',
      '问：有人推销“养老项目”，承诺年收益20%，能投吗？',
    ].join('\n');
    expect(fields(raw)).toEqual([
      { title: '跟着执行法官过一天', subtitle: null, byline: '本报记者 王楠', dateline: null, credit: null },
      { title: '廉政家访走进干警家中', subtitle: null, byline: null, dateline: '本报乌海讯', credit: null },
      { title: '“高息理财”“以房养老”靠不靠谱？ 法官帮您识破养老诈骗', subtitle: null, byline: '白雪 孙浩', dateline: null, credit: null },
    ]);
  });

  it('opens an article at a head with its writer\'s name under a notice that ends on its contact line', () => {
    const raw = [
      '甲旗人民法院失信被执行人名单（第三批）',
      '　　现将本院第三批失信被执行人名单予以公布，请社会各界监督。',
      '　　1.巴某某，男，1978年出生，未履行金额8.6万元。',
      '　　举报电话：0470-0000000',
      '我在人民法庭的第一年',
      '李悦',
      '　　去年夏天，我从法学院毕业，考进了乙旗人民法院，被分配到一个人民法庭当法官助理。',
      '　　报到那天，庭长带我去看了法庭的“家当”：三间办公室、一个小审判庭。',
    ].join('\n');
    expect(fields(raw).map(({ title, byline }) => ({ title, byline }))).toEqual([
      { title: '甲旗人民法院失信被执行人名单（第三批）', byline: null },
      { title: '我在人民法庭的第一年', byline: '李悦' },
    ]);
  });
});

describe('a headline whose second phrase closes on 了', () => {
  it('opens an article between blank lines, where a sentence fragment ending on 了 (no space between its phrases) would run on', () => {
    const raw = page(
      '法院专刊',
      '第7版',
      '法治视点',
      '网围栏越界二十米 调解员现场量清了',
      '镶黄旗牧民巴某和邻居额某因草场网围栏位置发生争执，双方多次争吵。',
      '法官和调解员带着测量仪一起到现场逐段测量，额某当场表示愿意挪回围栏。',
    );
    expect(fields(raw).map((article) => article.title)).toEqual(['网围栏越界二十米 调解员现场量清了']);
  });
});

describe('a commentary signed with a pen name after a box', () => {
  it('takes □ and a name under a headline for the byline, so the page\'s first article opens under the editor\'s credit', () => {
    const raw = [
      '法院专刊',
      '2025年01月10日 星期五',
      '03版 以案说法',
      '责任编辑',
      '赵明',
      '民族团结要落在一件件小事上',
      '□ 司言',
      '　　在莫力达瓦达斡尔族自治旗人民法院的',
      '诉讼服务大厅里，导诉员能用达斡尔语、汉',
      '语、蒙古语和群众交流。',
      '　　民族团结，说大也大，说小也小。',
    ].join('\n');
    expect(fields(raw)).toEqual([{ title: '民族团结要落在一件件小事上', subtitle: null, byline: '□ 司言', dateline: null, credit: null }]);
  });
});

describe('a headline of four characters at the top of the page', () => {
  it('opens the first article over its lead, where a slogan of a word or two over two lines (20年 / 信仰) stays masthead', () => {
    const lead = '　　近日，甲旗人民法院法官通过在线服务平台，为远在外地务工的原告和镇上的被告组织了一场线上调解。';
    // A later headline proven by its byline: the first one has to prove itself by its lead.
    const later = ['（甲旗人民法院 敖其尔）', '诉讼服务事项清单公布', '本报记者 王敏', '　　乙区讯 为减轻群众诉累，乙区人民法院梳理公布诉讼服务事项15项。'];
    const raw = ['法院专刊', '03版', '法治视点', '责任编辑', '刘洋', '云端调解', lead, '　　不到一个小时，双方就还款期限达成一致。', ...later].join('\n');
    expect(fields(raw).map((article) => article.title)).toEqual(['云端调解', '诉讼服务事项清单公布']);
    const slogan = ['20年', '信仰', lead, ...later].join('\n');
    expect(analyzePage(slogan).furniture).toEqual(['20年 信仰']);
  });
});

describe('a writer signed with the court in brackets', () => {
  it('takes 姓名（某法院） under a headline for the byline, not for a second phrase of the headline', () => {
    const raw = page('离婚冷静期内能撤回申请吗？', '王丽萍（兴和县人民法院）', '近年来，兴和县人民法院受理的离婚案件中，有不少当事人在冷静期内反悔。', '问：离婚冷静期内能撤回申请吗？');
    expect(fields(raw)).toEqual([{ title: '离婚冷静期内能撤回申请吗？', subtitle: null, byline: '王丽萍（兴和县人民法院）', dateline: null, credit: null }]);
  });
});

describe('a page that opens with its headline set over several short lines', () => {
  it('reads the short lines in one block with the title as its first phrases, where there is no masthead over them', () => {
    const raw = '鄂尔多斯\n包头两地法院\n护航民营经济发展亮点纷呈\n\n本报讯 近期，鄂尔多\n斯、包头两地多家基层法院\n出台举措，为民营企业发展\n提供司法保障。\n';
    expect(fields(raw).map((article) => article.title?.replace(/\s/gu, ''))).toEqual(['鄂尔多斯包头两地法院护航民营经济发展亮点纷呈']);
  });
});

describe('a headline parted by an exclamation', () => {
  it('opens an article over its dateline after a closing credit, its figures with a decimal point', () => {
    const raw = [
      '草原上的调解员',
      '（乌拉特前旗人民法院 杜慧敏）',
      '“一网通办”上线！赤峰中院电子卷宗随案生成率达98.6%',
      '本报赤峰讯 记者从赤峰市中级人民法院获悉，该院自主研发的“一网通办”平台上线运行。',
      '平台上线后，全市两级法院电子卷宗随案生成率由去年的71%提升至98.6%。',
    ];
    const lead = '　　近日，甲旗人民法院调解员走进牧区，化解草场纠纷12件。';
    const analysis = analyzePage([raw[0], lead, ...raw.slice(1)].join('\n'));
    expect(analysis.articles.map((article) => [article.title, article.dateline])).toEqual([
      ['草原上的调解员', null],
      ['“一网通办”上线！赤峰中院电子卷宗随案生成率达98.6%', '本报赤峰讯'],
    ]);
  });
});

describe('a case\'s section head in 【】 under the head', () => {
  it('never runs on from the writers\' court above it, which signs alone as the byline', () => {
    const raw = [
      '“小案”不小！',
      '包头市九原区人民法院 韩梅',
      '　　在基层法院，一年到头办的大多是“小案”。',
      '　　今年，某法官被评为全区法院民族团结进步先进个人。',
      '拒不履行判决',
      '“老赖”被判刑',
      '四子王旗人民法院',
      '【案情简介】',
      '　　2023年，郝某拒不履行生效判决，将名下房产低价过户给亲属。',
      '【裁判结果】',
      '　　法院以拒不执行判决罪判处郝某有期徒刑一年。',
    ].join('\n');
    expect(fields(raw).map(({ title, byline }) => [title?.replace(/\s/gu, ''), byline])).toEqual([
      ['“小案”不小！', '包头市九原区人民法院 韩梅'],
      ['拒不履行判决“老赖”被判刑', '四子王旗人民法院'],
    ]);
  });

  it('lets a headline at the top of the page open the first article over 【案情】 and its text (MuPDF)', () => {
    const raw = ['第1版', '', '责任编辑 高娃', '', '草场边界起纷争 巡回法官马背上调解', '', '【案情】', '新巴尔虎左旗某嘎查牧民吉某与', '', '格某两家草场相邻。2024年夏天，格某在修缮网', '围栏时，将围栏向吉某家草场一侧移动了约30米。', '', '一座院史馆 七十年法治路', '本报通讯员 孙立伟', '走进院史馆，一件件老物件把人带回七十年前。'].join('\n');
    expect(fields(raw).map((article) => article.title)).toEqual(['草场边界起纷争 巡回法官马背上调解', '一座院史馆 七十年法治路']);
  });
});

describe('a closing credit wrapped before 供稿', () => {
  it('closes without a space between the court and 供稿', () => {
    const raw = page('非法采砂23万吨 被判赔生态修复费用', '通讯员 高建业', '近日，某旗人民法院审结一起非法采砂案，判令被告赔偿生态修复费用1100余万元。', '（阿拉善盟中级人民法院\n供稿）');
    expect(fields(raw)[0].credit).toBe('（阿拉善盟中级人民法院供稿）');
  });
});

describe('writers\' names across a blank line', () => {
  it('never run on into the text below them: they sign it', () => {
    expect(fields(namesAcrossGapExcerpt).find((article) => article.title === '大兴安岭深处的“三语法官”')?.byline).toBe('韩冰 莫日根');
  });
});

describe('a markless phrase alone between blank lines under a finished paragraph', () => {
  it('is a section head whatever its words, not a paragraph cut off by a column\'s end', () => {
    // An excerpt of a corpus train page (narrow layout), frozen in test-support: 是 makes neither head look like a head's words.
    const article = analyzePage(sectionHeadsExcerpt).articles[0];
    const headings = article.blocks.filter((block) => block.type === 'heading').map((block) => block.text);
    expect(headings).toEqual(['老物件是这样找回来的', '讲解员都是年轻干警']);
    expect(article.blocks.find((block) => block.text.startsWith('“建馆最难'))?.type).toBe('paragraph');
  });

  it('runs on where the line opens a quotation: a paragraph\'s first line cut off by a column\'s foot', () => {
    const raw = `${sectionHeadsExcerpt.trimEnd()}\n\n“这是客商最关心\n\n问题：官司要打多久、\n判决能不能执行。\n`;
    expect(analyzePage(raw).articles[0].blocks.at(-1)).toMatchObject({ type: 'paragraph', text: '“这是客商最关心问题：官司要打多久、判决能不能执行。' });
  });
});

describe('a long headline with no mark but its quotes', () => {
  const head = '莫力达瓦达斡尔族自治旗人民法院与旗司法局联合建立“法官+人民调解员”诉调对接工作机制';
  const text = ['记者 吴桂兰 通讯员 敖丽娜', '　　尼尔基讯 3月18日，呼伦贝尔市莫力达瓦达斡尔族自治旗人民法院与旗司法局召开诉调对接工作联席会议。'];
  const above = ['让“一次办好”成为司法常态！', '　　期待更多法院把“一次办好”从一句承诺变成一种常态，让司法服务以更加便捷、高效的方式抵达每一位群众身边！'];
  it('is the headline over its writers however long, on one line (a development page set indented)', () => {
    expect(analyzePage(page(...above, head, ...text)).articles.map((article) => article.title)).toContain(head);
  });
  it('…and wrapped at a narrow column\'s measure in MuPDF\'s block of three lines (a development page)', () => {
    expect(analyzePage(longHeadBlock).articles.map((article) => article.title.replace(/\s/gu, ''))).toContain(head);
  });
});


describe('a list\'s last entries over the next headline', () => {
  it('leaves a court\'s name and a phrase over a dashed subtitle the headline, not a court\'s byline', () => {
    const articles = fields(courtPhraseOverSubtitle);
    expect(articles.at(-1)).toEqual({ title: '湖畔法庭 牧区灯火', subtitle: '——阿巴嘎旗人民法院查干淖尔人民法庭工作纪实', byline: '本报记者 高云飞 通讯员 宝音图', dateline: null, credit: null });
  });

  it('does not join an indented court, the list\'s last entry, to an unindented notice\'s headline', () => {
    expect(fields(courtListOverNotice).at(-1)?.title).toBe('包头市九原区人民法院关于公开征集涉企长期未结案件线索的公告');
  });
});

describe('a headline on its column\'s name and a caption\'s long photographer', () => {
  it('reads 法官说法：… as the page\'s first headline over the writers\' bare names', () => {
    expect(fields(columnHeadOverNames)[0]).toEqual({ title: '法官说法：农家院门前结冰滑倒 经营者担责四成', subtitle: null, byline: '王彦斌 杜晓燕', dateline: null, credit: null });
  });

  it('closes the caption on a photographer of five characters, and the next head is a headline', () => {
    const analysis = analyzePage(captionLongPhotographer);
    expect(analysis.articles.map((article) => article.title)).toEqual(['打草季里送法到草场', '法官说法：农家院门前结冰滑倒经营者担责四成']);
    expect(analysis.articles[0].blocks.filter((block) => block.type === 'caption').map((block) => block.text).at(-1)).toMatch(/法官向打草作业人员发放蒙汉双语普法宣传册。（敖登格日乐 摄）$/u);
  });
});

describe('a quotation and its second phrase as the headline', () => {
  it('opens the article over its byline, on one line or on two', () => {
    const title = '“牧区立案，不让牧民白跑一趟” 访苏尼特左旗人民法院院长那顺乌日图';
    expect(fields(quotedHeadLong).map((article) => [article.title, article.byline])).toContainEqual([title, '本报记者 李婷']);
    expect(fields(quotedHeadTwoLines)[0]).toMatchObject({ byline: '本报记者 李婷' });
    expect(fields(quotedHeadTwoLines)[0].title.replace(/\s/gu, '')).toBe(title.replace(/\s/gu, ''));
  });

  it('opens the article over its byline where the first phrase is a question (快递丢了只赔三倍运费？ …)', () => {
    expect(fields(questionLongPhrase).map((article) => article.title)).toContain('快递丢了只赔三倍运费？ 乌达区法院发布三起涉快递服务合同纠纷典型案例');
  });

  it('opens the article over its byline where the first phrase lists two things (楼道充电起火、改装超速撞人 …)', () => {
    expect(fields(listedPairHead)[0]).toMatchObject({ title: '楼道充电起火、改装超速撞人 康巴什区法院发布三起涉电动自行车典型案例', byline: '本报通讯员 高娜', dateline: '康巴什讯' });
  });
});

describe('heads marked like the page\'s first headline, and a question with its phrase', () => {
  it('opens an article at a head marked at the first headline\'s markdown level, under finished text', () => {
    expect(fields(titleLevel).map((article) => article.title)).toEqual(['赤峰法院2025年度“十佳执行干警”名单', '“法治大集”开到百灵庙', '濒临倒闭的米业公司“起死回生” 扎赉特旗法院审结一起破产重整案']);
  });

  it('opens an article at a question and a phrase set apart by a space, between blank lines under finished text', () => {
    expect(fields(questionThenPhrase).map((article) => article.title)).toEqual(['微信聊天记录能当借款证据吗？ 卓资县法院法官答疑']);
  });
});
