import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';

// One line per paragraph, no blank lines, no marks: the second article's headline has no byline or
// dateline under it, only a case's 【】 heads, and stands alone among the first article's paragraphs.
const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('a head that stands alone in an article', () => {
  const first = [
    '支部联上矿区班组 法治体检送到井口',
    '杨雪 贺军',
    '本报乌海讯 近日，海南区人民法院与辖区一家煤矿企业开展党支部共建活动，把法治体检送到井口。',
    '拉僧庙人民法庭是共建活动的“前哨”，今年已开展普法讲座16场，诉前化解涉企纠纷23件。',
    '该院党组书记、院长表示，下一步将把共建成效纳入党支部考核。',
  ];
  const second = [
    '草场边界起纷争 巡回法官马背上调解',
    '【案情】',
    '新巴尔虎左旗某嘎查牧民吉某与格某两家草场相邻，格某修缮网围栏时将围栏向吉某家草场一侧移动。',
    '【调解】',
    '巡回法官骑马赶到草场，和双方一起沿着围栏逐段核对草场边界，格某当场同意挪回围栏。',
    '（巴雅尔 孙婷）',
  ];

  it('opens the next article when no other head of a set stands before it and the text under it names what it names', () => {
    expect(titles([...first, ...second].join('\n'))).toEqual(['支部联上矿区班组 法治体检送到井口', '草场边界起纷争 巡回法官马背上调解']);
    expect(analyzePage([...first, ...second].join('\n')).articles[1].credit).toBe('（巴雅尔 孙婷）');
  });

  it('stays a section head when the text under it names the article\'s own headline, or when it is a set\'s label', () => {
    const feature = [
      '一座院史馆 七十年法治路',
      '本报通讯员 孙立伟',
      '走进甲旗人民法院院史馆，一件件老物件把人带回七十年前。',
      '从“看展览”到“上党课”',
      '如今，院史馆已成为甲旗法院党员教育的“第二课堂”，院史馆里的故事一讲再讲。',
    ];
    expect(titles(feature.join('\n'))).toEqual(['一座院史馆 七十年法治路']);
    const roundup = ['各地法院多措并举推进诉源治理', '本报记者 王芳', '近日，各地法院多措并举推进诉源治理。', '阿左旗：送法进园区', '阿左旗法院走进工业园区，为企业送去法治体检。'];
    expect(titles(roundup.join('\n'))).toEqual(['各地法院多措并举推进诉源治理']);
  });

  it('opens the next article under a case story whose bracketed heads stand above it', () => {
    const caseStory = [
      '“最终解释权归商家所有”有效吗？',
      '包头稀土高新区法院 郝晓燕',
      '【案情】',
      '2024年5月，市民王女士在包头某健身会所办理年卡，合同约定“本会所保留最终解释权”。',
      '【说法】',
      '经营者在合同中使用“最终解释权归商家所有”等条款，并不能因此获得单方解释、随意变更的权利。',
    ];
    const next = [
      '法官把调解桌搬到了田间地头',
      '　　秋收时节，赤峰市林西县人民法院官地人民法庭的法官把调解桌搬进了玉米地。',
      '　　一起因收割机碾压邻地庄稼引发的赔偿纠纷，在地头调解，法官当场促成双方达成调解协议。',
    ];
    expect(titles([...caseStory, ...next].join('\n'))).toEqual(['“最终解释权归商家所有”有效吗？', '法官把调解桌搬到了田间地头']);
  });

  it('opens the next article under a roundup whose items, each led by its place or court, stand above it', () => {
    const next = [
      '法官把调解桌搬到了田间地头',
      '　　秋收时节，赤峰市林西县人民法院官地人民法庭的法官把调解桌搬进了玉米地。',
      '　　一起因收割机碾压邻地庄稼引发的赔偿纠纷，在地头调解，法官当场促成双方达成调解协议。（林西县法院）',
    ];
    const byPlace = [
      '多地法院护航民营经济发展',
      '本报记者 韩宇',
      '阿左旗：送法进园区',
      '　　阿左旗人民法院法官走进巴彦浩特工业园区，为企业开展合规讲座。（阿左旗法院）',
      '凉城县：涉企执行“活封活扣”',
      '　　凉城县人民法院对涉企执行案件慎用查封冻结措施，帮助企业恢复生产。（凉城县法院）',
    ];
    const article = (raw: string[]) => analyzePage(raw.join('\n')).articles.map((found) => [found.title, found.credit]);
    expect(article([...byPlace, ...next])).toEqual([['多地法院护航民营经济发展', null], ['法官把调解桌搬到了田间地头', '（林西县法院）']]);
    const byCourt = [
      '全区法院工作简讯',
      '满洲里市法院 跨境纠纷调解室揭牌',
      '　　6月18日，满洲里市人民法院涉外商事纠纷调解室正式揭牌。',
      '阿尔山市法院 “旅游巡回法庭”开进景区',
      '　　进入旅游旺季，阿尔山市人民法院在国家森林公园设立旅游巡回法庭。',
    ];
    expect(titles([...byCourt, ...next].join('\n'))).toEqual(['全区法院工作简讯', '法官把调解桌搬到了田间地头']);
    // A head that opens on a court's kind in its words (少年法庭里的…) is no item of the set.
    const motherJudge = ['少年法庭里的“法官妈妈”', '　　在东胜区人民法院，少年审判庭法官刘敏被孩子们称作“法官妈妈”。', '　　“法官妈妈”刘敏说，孩子犯错，背后往往是大人的缺位。'];
    expect(titles([...byCourt, ...motherJudge].join('\n'))).toEqual(['全区法院工作简讯', '少年法庭里的“法官妈妈”']);
  });
});

