import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { extractLineFeatures } from './line-features';
import { page } from './test-support/page-lines';

// Headlines of two phrases set apart by a space, in words a sentence also uses (这, 吗), and the lines of a
// list that end on a court's name: excerpts of text layouts of articles written for the development set.
const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('two-phrase heads', () => {
  it('reads two Han phrases set apart by a space as a head whatever demonstrative they hold, but not a copula', () => {
    expect(extractLineFeatures(0, '买卖二手车 这四个问题要弄清', false).headlineShaped).toBe(true);
    expect(extractLineFeatures(0, '孩子在校园受伤 学校要担责吗', false).headlineShaped).toBe(true);
    // pdftotext sets two columns' lines on one row with a space: a copula betrays a sentence.
    expect(extractLineFeatures(0, '网购“进口奶粉”是假货 消费者获', false).headlineShaped).toBe(false);
    expect(extractLineFeatures(0, '这四个问题要弄清', false).headlineShaped).toBe(false);
    // Digits are a phrase's words too.
    expect(extractLineFeatures(0, '14岁女孩偷卖金手镯 买卖合同有效吗', false).headlineShaped).toBe(true);
  });

  it('opens an article at such a head alone between blank lines under a credit', () => {
    const raw = page(
      '乌达区法院邀驾校学员旁听醉驾案庭审',
      '',
      '乌达讯 近日，乌达区人民法院邀请驾校学员旁听一起醉驾案件庭审。',
      '“以前总觉得喝点酒开一小段路没事，今天算是看明白了。”学员小杨说。',
      '',
      '（乌达区人民法院 高丽娜）',
      '',
      '买卖二手车 这四个问题要弄清',
      '',
      '随着二手车交易日益活跃，因隐瞒车况、迟延过户等引发的纠纷逐渐增多。今年以来，包',
      '头市青山区人民法院共受理二手车买卖合同纠纷56件。针对群众关心的问题，法官进行了',
      '梳理解答。',
    );
    expect(titles(raw)).toEqual(['乌达区法院邀驾校学员旁听醉驾案庭审', '买卖二手车 这四个问题要弄清']);
  });

  // (The page writes 院审 inside a line, 人民法院审议: the cut-word rule would take the headline for the item's wrapped tail.)
  it('does not run a list\'s last item, a name and a court, into the headline under it', () => {
    const raw = page(
      '全区法院第三批“金牌调解法官”名单',
      '',
      '本报讯 近日，自治区高级人民法院审议确定第三批“金牌调解法官”12名，名单如下：',
      '',
      '10.陈静 凉城县人民法院',
      '',
      '11.阿拉腾 阿拉善左旗人民法院',
      '',
      '12.孙丽 海南区人民法院',
      '',
      '审判楼前的“守门人”',
      '——记包头市昆都仑区人民法院司法警察大队大队长巴特尔',
      '本报记者 赵静 通讯员 孟和',
      '每天早上7点半，包头市昆都仑区人民法院的安检门前，总能看到一个身材魁梧的身影。',
    );
    expect(titles(raw)).toContain('审判楼前的“守门人”');
  });

  it('joins a headline set as two phrases, one a little longer than most (“4·15”全民国家安全教育日 / 通辽各地法院在行动)', () => {
    const raw = [
      '上一篇文章的最后一句话写在这里。',
      '（开鲁县人民法院供稿）',
      '',
      '“4·15”全民国家安全教育日',
      '通辽各地法院在行动',
      '',
      '4月15日，通辽市科尔沁区人民法院干警走进科尔沁区第五中学开展宣传。',
    ].join('\n');
    expect(analyzePage(raw).articles.map((article) => article.title)).toContain('“4·15”全民国家安全教育日 通辽各地法院在行动');
  });

  it('reads a column\'s label before a colon (专访：…) as a head\'s lead, not a sentence\'s colon', () => {
    expect(extractLineFeatures(0, '专访：把“枫桥经验”写在兴安大地上', false).headlineShaped).toBe(true);
    expect(extractLineFeatures(0, '记者问：把“枫桥经验”写在哪里', false).headlineShaped).toBe(false);
  });

  it('reads a second line counting a court\'s result as the headline\'s second phrase, not a subtitle (…乌审旗法院审限内结案率达98.7%)', () => {
    const lead = ['本报记者 郝建军', '　　本报乌审旗讯  今年上半年，鄂尔多斯市乌审旗人民法院共受理各类案件4127件，审结3865件。'];
    const read = (second: string) => analyzePage(page('电子卷宗随案生成', second, ...lead)).articles.map((article) => [article.title, article.subtitle]);
    expect(read('乌审旗法院审限内结案率达98.7%')).toEqual([['电子卷宗随案生成 乌审旗法院审限内结案率达98.7%', null]]);
    // A subtitle that names its genre stays one, figures or not.
    expect(read('乌审旗法院推进2024年电子卷宗建设纪实')).toEqual([['电子卷宗随案生成', '乌审旗法院推进2024年电子卷宗建设纪实']]);
  });

  it('joins a headline\'s two phrases under the masthead\'s editor, one line each, over its dashed subtitle (沙海边的法庭 / 一守就是十五年)', () => {
    const raw = page('法院专刊', '', '2025年7月11日 星期五', '', '03版 基层风采', '', '责任编辑 王静', '', '沙海边的法庭', '一守就是十五年', '——阿拉善右旗人民法院雅布赖人民法庭工作纪实', '本报通讯员 乌兰 马建军', '', '从阿拉善右旗政府所在地巴丹吉林镇出发，穿过近200公里的戈壁和沙丘，便到了雅布赖人民法庭。');
    expect(analyzePage(raw).articles.map((article) => [article.title.replace(/\s/gu, ''), article.subtitle])).toEqual([['沙海边的法庭一守就是十五年', '——阿拉善右旗人民法院雅布赖人民法庭工作纪实']]);
  });
});

describe('a head\'s second line telling what a court did', () => {
  it('is the headline\'s second phrase, not a subtitle set without its dash', () => {
    const raw = ['法院专刊', '2025年4月11日 星期五', '第4版', '', '申请人自诉拒执罪', '察右中旗法院判处被执行人有期徒刑八个月', '本报通讯员 吉日嘎拉', '　　察右中旗讯　近日，乌兰察布市察哈尔右翼中旗人民法院审结一起拒执案。'].join('\n');
    expect(analyzePage(raw).articles[0]).toMatchObject({ title: '申请人自诉拒执罪 察右中旗法院判处被执行人有期徒刑八个月', subtitle: null });
    const auction = ['法院专刊', '2025年5月23日 星期五', '', '627只羊“云上”拍卖', '四子王旗法院首次网络司法拍卖活畜', '记者 乌云嘎 通讯员 高建军', '', '四子王旗讯 5月22日上午10时，四子王旗人民法院在网络司法拍卖平台上对一批活畜进行拍卖。'].join('\n');
    expect(analyzePage(auction).articles[0]).toMatchObject({ title: '627只羊“云上”拍卖 四子王旗法院首次网络司法拍卖活畜', subtitle: null });
  });
});
