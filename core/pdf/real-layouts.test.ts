// The layout engine on regions of real pages as pdf.js reads them (Chromium's runs and subset
// fonts, real baselines and rules), cut from corpus train pages by scripts/make-pdf-layout-fixtures.ts.
import { describe, expect, it } from 'vitest';
import { analyzePdfPage } from './analyze-pdf-page';
import { pdfjsLayout } from './test-support/pdfjs-layout';

const analyzed = (name: string) => analyzePdfPage(pdfjsLayout(name));
const heads = (name: string) => analyzed(name).articles.map(({ title, subtitle, byline, dateline }) => ({ title, subtitle, byline, dateline }));

describe('analyzePdfPage on real pdf.js output', () => {
  it('takes a bold run-in dateline for the dateline even when it fills most of a narrow first line', () => {
    const [article] = analyzed('run-in-dateline-narrow-column').articles;
    expect(article.dateline).toBe('锡林郭勒讯');
    expect(article.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(article.blocks[0].text.startsWith('在阿巴嘎旗，牧民家中的纠纷常常还没进法院就已经化解了。')).toBe(true);
  });

  it('joins a subtitle wrapped flush left and reads the columns under the head group in turn', () => {
    const [article] = analyzed('subtitle-wrapped-flush-left').articles;
    expect(article).toMatchObject({ title: '红色引擎激发履职动能', subtitle: '——赤峰市宁城县人民法院“红石榴”党建品牌建设纪实', byline: '本报通讯员 孟凡宇 韩笑' });
    // The first column's paragraph runs on down its column, not into the second column's first line.
    expect(article.blocks[0].text.startsWith('近年来，宁城县人民法院坚持党建引领')).toBe(true);
  });

  it('gives each of two headlines side by side the byline set beside it, flush right or flush left', () => {
    expect(heads('bylines-beside-side-by-side-heads')).toEqual([
      expect.objectContaining({ title: '雪原上的巡回审判', dateline: '巴彦淖尔讯' }),
      expect.objectContaining({ title: '一起执行案件的九十天', byline: '本报记者●范立群', dateline: '本报兴安讯' }),
    ]);
    expect(analyzed('bylines-beside-side-by-side-heads').articles[0].byline?.replace(/\s/gu, '')).toBe('文/图本报通讯员王锐');
  });

  it('keeps a two-line headline whole and takes the byline set flush left under it', () => {
    expect(heads('byline-flush-left-under-wrapped-head')[0]).toEqual({ title: '赤峰中院发布劳动争议典型案例', subtitle: null, byline: '本报记者 刘畅', dateline: '本报赤峰讯' });
  });

  it('reads a byline flush right under the subtitle before the columns, whose tops are centred section heads', () => {
    const [article] = analyzed('column-heads-under-byline').articles;
    expect(article.byline).toBe('本报记者●高志远');
    expect(article.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['立案“掌上办”', '卷宗“随案生”', '庭审“云上开”', '管理“一张屏”']);
    expect(article.blocks[0].text.startsWith('在巴彦淖尔市中级人民法院的诉讼服务中心')).toBe(true);
  });

  it('does not let the masthead or a headline beside it claim the columns and bylines under a headline', () => {
    expect(heads('heads-side-by-side-under-masthead')).toEqual([
      { title: '乌兰察布基层法院 特色做法扫描', subtitle: null, byline: '本报记者●杜建国 整理', dateline: null },
      expect.objectContaining({ title: '胡杨林下的“车载法庭”', dateline: '本报阿拉善讯' }),
      { title: '科左中旗法院2025年为民办实事清单', subtitle: null, byline: '本报记者 包春雷', dateline: null },
    ]);
    const [, side] = analyzed('heads-side-by-side-under-masthead').articles;
    expect(side.blocks.map((block) => block.text).join('')).not.toContain('科尔沁左翼中旗');
  });

  it('takes the run-in dateline of a first paragraph set under a section head', () => {
    const [article] = analyzed('dateline-under-section-head').articles;
    expect(article).toMatchObject({ byline: '本报通讯员 云志强', dateline: '本报呼和浩特讯' });
    expect(article.blocks.slice(0, 2).map((block) => block.type)).toEqual(['heading', 'paragraph']);
    expect(article.blocks[1].text.startsWith('2018年3月')).toBe(true);
  });

  it('parts two headlines side by side on one baseline where the gap between them lies over the column gutter', () => {
    expect(analyzed('heads-side-by-side-over-gutter').articles.map((article) => article.title)).toEqual(['关于启用新诉讼服务中心 的通告', '赤峰法院工作动态']);
  });

  it('takes a closing credit wrapped over two lines of its column for the credit', () => {
    const [article] = analyzed('credit-wrapped-flush-right').articles;
    expect(article.credit).toBe('（作者单位：呼和浩特市玉泉区人民法院）');
    expect(article.blocks.at(-1)?.text.endsWith('可感可触。')).toBe(true);
  });

  it('takes a credit set flush right beside a short last line for the credit', () => {
    const [article] = analyzed('credit-beside-short-last-line').articles;
    expect(article.credit).toBe('（松山区人民法院 邹文静）');
    expect(article.blocks.at(-1)?.text.endsWith('共同为孩子营造安全的成长环境。')).toBe(true);
  });

  it('keeps the signature of a roundup\'s last item in its text, and takes an office credit set flush left', () => {
    const [roundup, review] = analyzed('roundup-signed-items-and-office-credit').articles;
    expect(roundup.credit).toBeNull();
    expect(roundup.blocks.at(-1)?.text.endsWith('其中涉农民工工资案款57万元。（马丽娟）')).toBe(true);
    expect(review.credit).toBe('（锡林郭勒盟中级人民法院研究室）');
  });

  it('drops the spaces pdf.js puts between the characters of a justified line, measured against its tracking', () => {
    const texts = analyzed('false-spaces-in-justified-lines').articles.flatMap((article) => article.blocks.map((block) => block.text));
    expect(texts).toContain('问：我能把老家的房子卖给城里的亲戚吗？');
  });

  it('keeps the printed space between the two phrases of a section head', () => {
    const blocks = analyzed('space-between-phrases-of-a-head').articles.flatMap((article) => article.blocks);
    expect(blocks[0]).toMatchObject({ type: 'heading', text: '牙克石市法院 冬季巡回审判进林区' });
  });

  it('keeps the printed space in a section head that mixes digits and characters', () => {
    const headings = analyzed('space-in-a-head-with-digits').articles.flatMap((article) => article.blocks).filter((block) => block.type === 'heading');
    expect(headings.map((block) => block.text)).toEqual(['8点半 查控']);
  });

  it('keeps a notice\'s contact line in the notice, not in the page furniture', () => {
    const analysis = analyzed('notice-contact-line');
    expect(analysis.articles[0].blocks.map((block) => block.text)).toContain('联系电话：0470-0000000');
    expect(analysis.furniture.join('')).not.toContain('联系电话');
  });

  it('leaves the columns of a PDF page in the order they were read, even when the article ends without a full stop', () => {
    const analysis = analyzed('article-ending-without-stop');
    const [article] = analysis.articles;
    expect(article.title).toBe('跟着执行法官过一天');
    expect(article.blocks.slice(-3).map((block) => block.text.slice(0, 8))).toEqual(['晚上8点，吴昊和', '这是科尔沁区法院', '回到车上，吴昊看']);
    expect(analysis.moves).toEqual([]);
  });

  it('reads a headline set beside the text in the first column apart from the text, and columns whose lines end in a hanging quote in turn', () => {
    const [article] = analyzed('side-head-and-hanging-quote').articles;
    expect(article.title.replace(/\s/gu, '')).toBe('胡杨林下的“车载法庭”');
    expect(article.dateline).toBe('本报阿拉善讯');
    expect(article.blocks.map((block) => block.text)).toEqual([
      '每年金秋，额济纳旗游客骤增，因旅游、餐饮、住宿引发的纠纷也随之增多。今年国庆假期，额济纳旗人民法院在胡杨林景区入口设立“车载法庭”，法官、书记员轮班值守。',
      '10月3日，一名外地游客与景区一家农家乐因房费发生争执。值班法官了解情况后，当场组织双方调解，不到半小时就化解了矛盾。',
      '假期8天，“车载法庭”共接待咨询96人次，现场调解旅游纠纷14件，发放《游客维权指南》1200余份。',
      '法官还向游客宣讲保护胡杨林的法律规定，提醒大家不采摘、不刻画、不越界。',
    ]);
  });

  it('takes a byline naming the writer\'s court, set flush right above the last column, for the headline\'s byline', () => {
    const [article] = analyzed('court-signature-flush-right-over-columns').articles;
    expect(article).toMatchObject({ title: '盗挖肉苁蓉被判刑并赔偿生态修复费', byline: '阿拉善左旗人民法院 斯日古楞' });
    expect(article.blocks.map((block) => block.text).join('')).not.toContain('斯日古楞');
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '【案情简介】' });
  });

  it('reads bold questions as section heads, joining one wrapped to a centred second line, and a credit wrapped flush left as the credit', () => {
    const [article] = analyzed('questions-wrapped-and-credit-flush-left').articles;
    expect(article.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      '一问：离婚冷静期适用于所有离婚吗？',
      '二问：冷静期有多长？',
      '三问：遭受家庭暴力，也要“冷静”吗？',
      '四问：冷静期内一方转移财产怎么办？',
      '五问：法院诉讼离婚有没有类似的“冷静”？',
    ]);
    expect(article.credit).toBe('（莫力达瓦达斡尔族自治旗人民法院供稿）');
  });

  it('takes a bold dateline alone on the first line of the text for the dateline and runs the text on below it', () => {
    const [article] = analyzed('dateline-alone-on-first-line').articles;
    expect(article.dateline).toBe('本报巴彦淖尔讯');
    expect(article.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(article.blocks[0].text.startsWith('7月上旬，正值牧区接羔保育的收尾时节')).toBe(true);
  });

  it('keeps a headline set beside its text whole, its byline after it', () => {
    expect(heads('side-head-wrapped-with-byline')).toEqual([{ title: '全区法院新任法官培训班 开班', subtitle: null, byline: '本报记者●王晓东', dateline: '本报讯' }]);
  });

  it('reads a bold item head right under a roundup\'s headline as a section head, not a subtitle', () => {
    const [article] = analyzed('roundup-item-head-under-headline').articles;
    expect(article.subtitle).toBeNull();
    expect(article.blocks[0]).toMatchObject({ type: 'heading', text: '乌拉特前旗：乌梁素海边开庭' });
  });

  it('keeps the case number under a notice\'s headline in the notice\'s text, not as a byline', () => {
    const [article] = analyzed('case-number-under-notice-headline').articles;
    expect(article.byline).toBeNull();
    expect(article.blocks[0].text).toBe('（2025）内0523民初1876号');
  });
});

