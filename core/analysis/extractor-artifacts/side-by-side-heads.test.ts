import { describe, expect, it } from 'vitest';
import { analyzePage, readableLines } from '../analyze-page';
import { sideBySideHeads } from './side-by-side-heads';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), kept as
// they were when the test was written: two articles set side by side under their own headlines, the
// headlines' first lines merged on one row, their second lines and bylines one under the other.
import twoColumnPair from '../test-support/extractor-pages/pdftotext-train-p008.txt?raw';
import fourColumnPair from '../test-support/extractor-pages/pdftotext-train-p013.txt?raw';
// Plain pdftotext output of a development page (tune9): two heads side by side, the left of two phrases, their first lines
// merged on one row and their tails under it, over text that is not read as columns under them.
import headPairAlone from '../test-support/extractor-pages/pdftotext-dev-head-pair-alone.txt?raw';

const titled = (raw: string, start: string) => analyzePage(raw).articles.find((article) => article.title.startsWith(start));

describe('two heads set side by side (plain pdftotext)', () => {
  it('gives each article its own headline and byline, over its own column', () => {
    expect(titled(twoColumnPair, '16岁')).toMatchObject({ title: '16岁少年打工受伤 雇主该担何责？', byline: '本报记者●张瑶' });
    expect(titled(twoColumnPair, '“一站式”')).toMatchObject({ title: '“一站式”服务跨境当事人', byline: '二连浩特市人民法院 萨仁 胡雪' });
    // The right head stands over the right article's first line, not over the left one's text.
    const lines = readableLines(twoColumnPair).lines;
    const right = lines.indexOf('“一站式”服务跨境当事人');
    expect(lines.slice(right + 1, right + 4).join('|')).toMatch(/^二连浩特市人民法院 萨仁 胡雪\|\|\s*锡林郭勒讯/u);
  });

  it('splits the columns under each head by the headlines\' widths (two and two of four)', () => {
    expect(titled(fourColumnPair, '有钱不还')).toMatchObject({ title: '有钱不还还转移财产 “老赖”被判刑', byline: '乌海市中级人民法院 张宏伟' });
    expect(titled(fourColumnPair, '开垦草原')).toMatchObject({ title: '开垦草原种玉米 “多打粮”换来有期徒刑', byline: '本报通讯员 王静 那仁' });
  });

  it('takes the merged row apart where the two pieces are most alike in width, and each wrapped tail to its own head', () => {
    expect(sideBySideHeads(['甲旗法院审结 一起案件 乙县法院推出便民', '纠纷', '措施', '本报记者 王强', '本报通讯员 李明'])).toEqual({
      heads: [
        ['甲旗法院审结 一起案件纠纷', '本报记者 王强'],
        ['乙县法院推出便民措施', '本报通讯员 李明'],
      ],
      // A space is half a Han character wide.
      leftShare: expect.closeTo(10.5 / 18.5, 3),
    });
  });

  it('gives a subtitle set above the other head\'s wrapped tail, and the byline under both, to the head of one line', () => {
    expect(sideBySideHeads(['在自家承包的草场上开荒种 凌晨四点的执行行动', '——库伦旗人民法院集中执行行动纪实', '地也犯法？', '文/包海龙'])?.heads).toEqual([
      ['在自家承包的草场上开荒种地也犯法？'],
      ['凌晨四点的执行行动', '——库伦旗人民法院集中执行行动纪实', '文/包海龙'],
    ]);
  });

  it('leaves one headline with its byline, a masthead and running text alone', () => {
    expect(sideBySideHeads(['补植复绿三千株 “司法林”在毛乌素沙地扎根', '本报通讯员 郝振东'])).toBeNull();
    expect(sideBySideHeads(['集中管辖 铁路法院的新考卷', '——包头铁路运输法院专业化审判工作侧记', '本报记者 任静怡'])).toBeNull();
    expect(sideBySideHeads(['法院专刊 2025年05月23日 星期五', '第1版', '执行在线'])).toBeNull();
    expect(sideBySideHeads(['近日，甲旗人民法院 审结了一起案件。', '本报记者 王强', '本报通讯员 李明'])).toBeNull();
  });
});

describe('two heads side by side standing alone', () => {
  it('are taken apart though the text under them is not read as their columns', () => {
    const titles = analyzePage(headPairAlone).articles.map((article) => article.title);
    expect(titles).toContain('换电站“断供”重卡停摆 伊金霍洛旗法院判赔62.4万元');
    expect(titles).toContain('婚礼视频全部丢失 婚庆公司赔了2.6万元');
  });

  it('may hold a column\'s name and colon, or a pause, in a headline\'s line', () => {
    const heads = sideBySideHeads(['法官说法：自驾穿越沙地陷车 “保健床垫”骗走养老钱 回民', '救援费该谁出？', '区法院追赃挽损213万元']);
    expect(heads?.heads).toEqual([['法官说法：自驾穿越沙地陷车救援费该谁出？'], ['“保健床垫”骗走养老钱 回民区法院追赃挽损213万元']]);
    expect(sideBySideHeads(['“执行不能”，也要给当事人一 关于理性参与民间借贷 远离非', '本明白账', '法集资的倡议书'])?.heads).toEqual([['“执行不能”，也要给当事人一本明白账'], ['关于理性参与民间借贷 远离非法集资的倡议书']]);
  });
});
