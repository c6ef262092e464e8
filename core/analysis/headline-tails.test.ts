import { describe, expect, it } from 'vitest';
import type { LineRole } from '../model/page-analysis';
import { analyzePage } from './analyze-page';
import { joinHeadlineTails } from './headline-tails';
import { extractPageLines } from './line-features';
// Real MuPDF output (`mutool draw -F txt`) of corpus train pages printed by Chromium (corpus/README.md), kept as they were when the test was written (test-support/extractor-pages/).
import tailOverDateline from './test-support/extractor-pages/mutool-train-p011.txt?raw';
import tailOverCourtByline from './test-support/extractor-pages/mutool-train-p016.txt?raw';
import phrasesThenTail from './test-support/extractor-pages/mutool-train-p036.txt?raw';
import narrowColumnHeads from './test-support/extractor-pages/mutool-train-p043.txt?raw';
import narrowColumnSections from './test-support/extractor-pages/mutool-train-p019.txt?raw';
import headInOneBlock from './test-support/extractor-pages/mutool-train-p026.txt?raw';
import headAfterUnclosedText from './test-support/extractor-pages/mutool-train-p042.txt?raw';
import fourCharacterName from './test-support/extractor-pages/mutool-train-p009.txt?raw';
import tailOverUndashedSubtitle from './test-support/extractor-pages/mutool-train-p022.txt?raw';

const articleTitled = (raw: string, title: string) => analyzePage(raw).articles.find((article) => article.title === title);

describe('a headline wrapped at its measure, mid-word', () => {
  it('takes the short tail into the headline, without a space, when a dateline or a court byline follows it', () => {
    expect(articleTitled(tailOverDateline, '呼铁中院发布涉铁路运输审判白皮书')).toMatchObject({ byline: null, dateline: '本报讯' });
    expect(articleTitled(tailOverCourtByline, '私设铁夹捕猎 两人获刑并承担生态损害赔偿')).toMatchObject({ byline: '陈巴尔虎旗人民法院 宝力德 林晓' });
  });

  it('joins with no space under a line that already holds both phrases of the headline', () => {
    const titles = analyzePage(phrasesThenTail).articles.map((article) => article.title);
    expect(titles).toContain('巡回审判进牧区 司法服务到毡房');
    expect(titles).toContain('牧民遇到纠纷 为何先找“法官联络点”？');
  });

  // Lines of train-p050 and train-p009, in 15- and 20-cell columns.
  const lines = extractPageLines(['铁路法院普法宣传', '进车站', '呼和浩特讯 近日，呼和浩特铁路运输法院', '让庭审直播成为常态', '苏日古嘎', '坐在电脑前，就能看到一场真实的庭审：', '巡回审判进牧区', '高娃', '本报通讯员 高娃 刘振宇']);
  const units = lines.map((line) => ({ lines: [line] }));
  const columns = [15, 15, 15, 20, 20, 20, 30, 30, 30];
  const columnAt = (line: (typeof lines)[number]) => columns[lines.indexOf(line)];

  it('leaves a byline of names under a full headline when the text follows it, and a short head\'s second line alone', () => {
    const roles: LineRole[] = ['title', 'byline', 'paragraph', 'title', 'byline', 'paragraph', 'title', 'byline', 'byline'];
    expect(joinHeadlineTails(units, roles, columnAt)).toEqual(['title', 'title', 'paragraph', 'title', 'byline', 'paragraph', 'title', 'byline', 'byline']);
  });
});

describe('a headline set over four lines at its measure (train-p011, 12-cell column)', () => {
  const lines = extractPageLines(['鄂尔多斯 包头', '两地法院 护航', '⺠营经济发展', '亮点纷呈', '本 报 讯 近 期 ， 鄂 尔 多', '各地法院开展普法宣传活动。']);
  const head = [{ lines: [lines[0]] }, { lines: [lines[1]] }, { lines: [lines[2], lines[3]] }];

  it('is one title when the article\'s dateline follows it, though a line reads like a court\'s byline', () => {
    expect(joinHeadlineTails([...head, { lines: [lines[4]] }], ['title', 'byline', 'heading', 'paragraph'], () => 12)).toEqual(['title', 'title', 'title', 'paragraph']);
  });

  it('is left to the rules when no field closes it', () => {
    expect(joinHeadlineTails([...head, { lines: [lines[5]] }], ['title', 'byline', 'heading', 'paragraph'], () => 12)).toEqual(['title', 'byline', 'heading', 'paragraph']);
  });
});

describe('a notice\'s headline wrapped at its measure', () => {
  it('takes back the tail that names the notice\'s genre, with no byline below (train-p004, 24-cell column)', () => {
    const lines = extractPageLines(['乌拉特后旗⼈⺠法院 ⽹络司', '法拍卖公告', '本院将于2025年12⽉20⽇10时⾄2025年12⽉21']);
    const units = lines.map((line) => ({ lines: [line] }));
    expect(joinHeadlineTails(units, ['title', 'heading', 'paragraph'], () => 24)).toEqual(['title', 'title', 'paragraph']);
  });
});

describe('a dateline MuPDF wrote with radical code points', () => {
  it('is read as the dateline (本报⾚峰讯, 本报呼伦⻉尔讯)', () => {
    const raw = ['巡回法庭开进冬营盘', '', '本报通讯员 ⽩⾳ 乌⽇娜', '', '本报⾚峰讯 12⽉3⽇，零下⼆⼗多度的天⽓⾥，克什', '', '克腾旗法院经棚⼈⺠法庭的巡回审判⻋驶进了达来诺⽇镇', '', '⼀处冬营盘。'].join('\n');
    expect(analyzePage(raw).articles[0]).toMatchObject({ title: '巡回法庭开进冬营盘', dateline: '本报赤峰讯' });
    const lead = ['春耕时节送法到田间', '', '本报通讯员 郭雅楠 敖登', '', '本报呼伦⻉尔讯 ⺠法典颁布实施以来，呼伦⻉尔市两级法院', '', '深入开展普法宣传。'].join('\n');
    expect(analyzePage(lead).articles[0].dateline).toBe('本报呼伦贝尔讯');
  });
});

describe('a head block MuPDF broke inside a phrase', () => {
  // The head of train-p019 and train-p041, as MuPDF wrote it: no blank line inside the headline, one inside the subtitle.
  const body = ['', '在巴彦淖尔市中级⼈⺠法院的诉讼服务中⼼，当事⼈只需在⾃助', '', '终端上刷⼀下⾝份证，就能查询案件进展、预约法官，', '', '还能在⽹上提交材料，不必再往返奔波。'];

  it('joins a headline line that ends on a one-character phrase to the next line, with no space', () => {
    const raw = ['让数据多跑路 让', '群众少跑腿', '', '——巴彦淖尔市中级⼈⺠法', '', '院智慧法院建设⾛笔', '', '本报记者●⾼志远', ...body].join('\n');
    expect(analyzePage(raw).articles[0]).toMatchObject({ title: '让数据多跑路 让群众少跑腿', subtitle: '——巴彦淖尔市中级人民法院智慧法院建设走笔', byline: '本报记者●高志远' });
  });

  it('keeps a subtitle\'s tail that closes on its genre (纪实) across the blank line, with no space', () => {
    const raw = ['⼩法庭⾥的⼤治理', '', '——丰镇市⼈⺠法院隆盛庄⼈⺠法庭参与基层社', '', '会治理纪实', '', '陈⽴新 武晓丽', ...body].join('\n');
    expect(analyzePage(raw).articles[0]).toMatchObject({ title: '小法庭里的大治理', subtitle: '——丰镇市人民法院隆盛庄人民法庭参与基层社会治理纪实', byline: '陈立新 武晓丽' });
  });
});

describe('heads and first lines in a narrow column (MuPDF)', () => {
  const headings = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'heading').map((block) => block.text));

  it('keeps the characters a full-width head wrapped below it, and starts the text after them', () => {
    expect(headings(narrowColumnHeads)).toEqual(expect.arrayContaining([
      '专业审判 让每一起案件都有回音',
      '恢复性司法 让受损草原重披绿装',
      '普法先行 让护绿意识扎根牧区',
      '敖汉旗法院：小米产业园设立调解工作站',
      '翁牛特旗法院：家庭教育指导护航成长',
      '巴林右旗法院：环境资源巡回法庭挂牌',
      '林西县法院：“无讼村”创建取得实效',
    ]));
  });

  it('reads a line the indent short of the column, set apart by blank lines, as its paragraph\'s first line, not a head', () => {
    const found = headings(narrowColumnSections);
    expect(found).toEqual(expect.arrayContaining(['立案“掌上办”', '卷宗“随案生”', '庭审“云上开”', '管理“一张屏”']));
    // Six paragraphs open that way on this page; none of their first lines is left a head.
    expect(found.filter((text) => /^(在巴彦淖尔|“现在很多|对于不熟悉|当事人及律师|该院推行)/u.test(text))).toEqual([]);
  });
});

describe('a head in lenticular brackets', () => {
  it('opens its section under a bare-name byline instead of joining it as a two-line head (MuPDF, train-p015)', () => {
    const raw = ['⽹购“三⽆”⻝品 能否主张⼗倍赔偿', '', '赵晓宁', '', '【案情】', '', '2024年3⽉，消费者刘某通过', '', '某⽹络店铺购买了20盒“⼿⼯⽜', '⾁⼲”，共⽀付货款1960元。'].join('\n');
    const [article] = analyzePage(raw).articles;
    expect(article).toMatchObject({ title: '网购“三无”食品 能否主张十倍赔偿', byline: '赵晓宁' });
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '【案情】' });
  });
});

describe('a head MuPDF wrote as one block', () => {
  it('goes on in the shorter line under its two phrases, and the name below is its byline', () => {
    expect(articleTitled(headInOneBlock, '网购“三无”食品 能否主张十倍赔偿')).toMatchObject({ byline: '赵晓宁' });
  });
});

describe('a head over its byline on a page with a blank line after every line', () => {
  it('opens its article after a short last line the text left without a full stop (依法维权 / 巡回法庭开进 / 冬营盘)', () => {
    expect(articleTitled(headAfterUnclosedText, '巡回法庭开进冬营盘')).toMatchObject({ byline: '本报通讯员 白音 乌日娜', dateline: '本报赤峰讯' });
  });
});

describe('a four-character name under a much longer head', () => {
  it('is its byline, not the head\'s second line (让庭审直播成为常态 / 苏日古嘎)', () => {
    expect(articleTitled(fourCharacterName, '让庭审直播成为常态')).toMatchObject({ byline: '苏日古嘎' });
  });
});

describe('a telephone number MuPDF broke at its hyphen (train-p044)', () => {
  it('goes on in the next line instead of standing as a headline', () => {
    const raw = ['报名地点为通辽市科尔沁区⼈⺠法', '院政治部。', '', '联 系 电 话 ： 0475―', '', '8231067', '', '特此公告。'].join('\n');
    const page = analyzePage(raw);
    expect(page.articles.map((article) => article.title)).not.toContain('8231067');
    expect(page.breaks.find((decision) => decision.reason.startsWith('电话号码'))).toMatchObject({ decision: 'join' });
  });
});

describe('a sentence\'s last character and a headline wrapped over an undashed subtitle (train-p022)', () => {
  it('ends the paragraph with the character, and keeps the headline\'s tail over its subtitle and byline', () => {
    const page = analyzePage(tailOverUndashedSubtitle);
    expect(articleTitled(tailOverUndashedSubtitle, '三十年如一日守护草原公平')).toMatchObject({ subtitle: '记锡林浩特市人民法院法官乌力吉', byline: '本报通讯员 其其格 张敏' });
    expect(page.articles.flatMap((article) => article.blocks).some((block) => block.text.endsWith('蒙古国商人说'))).toBe(true);
  });
});
