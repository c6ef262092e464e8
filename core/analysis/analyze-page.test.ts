import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';

const decisions = (raw: string) => analyzePage(raw).breaks.map((decision) => decision.decision);

describe('analyzePage', () => {
  it('returns an empty analysis for empty or blank input', () => {
    for (const raw of ['', '\n\n', '   \r\n\t\r\n']) {
      const analysis = analyzePage(raw);
      expect(analysis.articles).toEqual([]);
      expect(analysis.breaks).toEqual([]);
      expect(analysis.placements).toEqual([]);
    }
  });

  it('accepts CRLF and CR line ends like LF', () => {
    const lf = '法治利剑出鞘 青山绿意正浓\n\n扎鲁特旗是通辽市北部重要的生态屏障。\n';
    const expected = analyzePage(lf).articles;
    expect(analyzePage(lf.replace(/\n/gu, '\r\n')).articles).toEqual(expected);
    expect(analyzePage(lf.replace(/\n/gu, '\r')).articles).toEqual(expected);
  });

  it('joins a full line that does not end a sentence and splits after a short finished one', () => {
    const raw = ['该院第一党支部将加强党的组织建设作为基础', '性工程抓长抓常，推动党支部工作全面进步。', '', '近年来，第一党支部坚持以习近平新时代中国', '特色社会主义思想为指导。'].join('\n');
    expect(decisions(raw)).toEqual(['join', 'split', 'join']);
    const analysis = analyzePage(raw);
    expect(analysis.breaks[0]).toMatchObject({ kind: 'wrap', reason: '上一行满栏且未以句末标点结束' });
    expect(analysis.breaks[1]).toMatchObject({ kind: 'gap', decision: 'split' });
  });

  it('joins across a blank line when the sentence goes on (a column break)', () => {
    const raw = ['本报记者●王雅妮', '', '以创建学习型党组织为工作目标，探索建立', '', '“班子领学、支部研学”学习机制，全方位开展政', '治理论学习。'].join('\n');
    const analysis = analyzePage(raw);
    expect(analysis.breaks.find((decision) => decision.after === 4)).toMatchObject({ kind: 'gap', decision: 'join' });
  });

  it('joins a line that starts with a mark no line may start with', () => {
    expect(decisions('他说：“今年的工作很扎实\n”，大家都同意。')).toEqual(['join']);
  });

  it('reads titles, subtitles, bylines, datelines and credits', () => {
    const raw = [
      '## 仲夏时节话法治 开门纳谏听民声',
      '——赤峰市中级人民法院召开征求意见座谈会',
      '本报记者●宋宏颖 通讯员●屠凤阳',
      '**赤峰讯** 6月25日,赤峰市中级人民法院召开征求意见座谈会,10位人大代表受邀参加。',
      '会议通报了今年上半年的工作。(赤峰市中级人民法院供稿)',
    ].join('\n');
    const [article] = analyzePage(raw).articles;
    expect(article).toMatchObject({
      title: '仲夏时节话法治 开门纳谏听民声',
      subtitle: '——赤峰市中级人民法院召开征求意见座谈会',
      byline: '本报记者●宋宏颖 通讯员●屠凤阳',
      dateline: '赤峰讯',
      credit: '（赤峰市中级人民法院供稿）',
    });
    expect(article.blocks.map((block) => block.text)).toEqual(['6月25日，赤峰市中级人民法院召开征求意见座谈会，10位人大代表受邀参加。', '会议通报了今年上半年的工作。']);
  });

  it('flags a doubled character, unbalanced quotes and a missing final mark', () => {
    const raw = '让法治阳光 照亮成长之路\n\n让法治理念伴随孩子们们的日常生活。\n\n他说：“这是我们的心愿。\n\n活动在欢笑声中结束，孩子们纷纷表示收获很大';
    const kinds = analyzePage(raw).flags.map((flag) => flag.kind);
    expect(kinds).toEqual(expect.arrayContaining(['doubled-char', 'unbalanced-quote', 'missing-final-punct']));
  });

  it('keeps text that has no headline at all', () => {
    const analysis = analyzePage('会议通报了今年上半年的工作，参会代表充分肯定了工作成果。\n下一步将持续优化司法服务。');
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0].title).toBe('');
    expect(analysis.articles[0].blocks.map((block) => block.text).join('')).toContain('下一步将持续优化司法服务。');
  });

  // Its speed is a target in `npm run bench -- editing`, not here.
  it('analyzes a single very long line and non-Chinese text', () => {
    const longLine = '法治,'.repeat(200_000);
    const analysis = analyzePage(longLine);
    expect(analysis.articles).toHaveLength(1);
    const ascii = 'word, '.repeat(200_000);
    expect(analyzePage(ascii).articles[0].blocks[0].text.length).toBeGreaterThan(1_000_000);
  });
});

// A text layout of development-set articles, one line to a paragraph, each indented by two ideographic spaces.
import indentedNotices from './test-support/extractor-pages/indented-oneline-dev-notices.txt?raw';

describe('a first-line indent set as a tab', () => {
  it('reads as the two ideographic spaces a word processor\'s copy gives it', () => {
    const tabbed = indentedNotices.replace(/^\u3000\u3000/gmu, '\t');
    expect(tabbed).not.toBe(indentedNotices);
    const read = (raw: string) => analyzePage(raw).articles.map(({ title, blocks }) => ({ title, blocks: blocks.map((block) => block.text) }));
    expect(read(tabbed)).toEqual(read(indentedNotices));
    expect(read(tabbed)[0].title).toBe('通辽市中级人民法院关于第四届全市法院优秀案例分析评选结果的通报');
  });
});
