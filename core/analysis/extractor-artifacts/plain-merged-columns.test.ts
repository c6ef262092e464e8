/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { extractorOutput } from '../test-support/extractor-output';
import { assignColumns } from './column-assignment';
import { learnColumnMeasures } from './column-measures';
import { columnPiece } from './column-piece';
import { splitMergedColumns } from './merged-columns';
import { splitMergedRow } from './merged-row-pieces';
import { hasLayoutSpacing, splitPlainMergedColumns } from './plain-merged-columns';
import { analyzePage, splitRawLines } from '../analyze-page';
import headPhrasesAtMeasure from '../test-support/extractor-pages/indented-head-phrases-at-measure.txt?raw';
// A train page of the corpus: an article over two columns that pdftotext wrote as two blocks, the rows above its first
// section head and the rows below; the left column's last line in the lower block runs on at the right column's top.
import columnsAcrossBlocks from '../test-support/extractor-pages/pdftotext-train-p002-columns-across-blocks.txt?raw';
// A train page of the corpus: three columns whose full lines hold 15 or 16 characters (a mark set half beside another,
// a character pushed down that may not open a line) and whose first lines hold 13 or 14, as many of each.
import measureBand from '../test-support/extractor-pages/pdftotext-train-p066-measure-band.txt?raw';

// A train page of the corpus (four columns on A4, a lead across them, two articles side by side
// under it), as poppler's plain `pdftotext` wrote it, with its gold.
const corpus = import.meta.glob('../test-support/extractor-pages/pdftotext-train-p003*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const PAGE = corpus['../test-support/extractor-pages/pdftotext-train-p003.txt'];
const GOLD = JSON.parse(corpus['../test-support/extractor-pages/pdftotext-train-p003.gold.json']) as {
  articles: Array<{ dateline: string | null; blocks: Array<{ text: string }> }>;
};
const pageLines = PAGE.split('\n');
const withoutSpaces = (text: string) => text.replace(/[\s\u3000]/gu, '');

describe('column measures', () => {
  it('are learnt from the lines that run on, not from the first lines two cells short of them', () => {
    expect(learnColumnMeasures(pageLines)).toEqual([12]);
    expect(learnColumnMeasures(extractorOutput('two-columns.pdftotext').split('\n'))).toEqual([23]);
  });

  it('reach the widest of the full lines a column sets, where widths spread a character either way', () => {
    const lines = measureBand.split('\n');
    expect(learnColumnMeasures(lines)).toEqual([15]);
    const read = splitPlainMergedColumns(lines).lines.map((line) => line.trim());
    // Rows of 16 characters were too wide for a measure of 13, so no row split and the block was left interleaved.
    const at = read.indexOf('法不断翻新，“刷单返利”类诈骗尤');
    expect(read.slice(at - 1, at + 4)).toEqual(['近年来，电信网络诈骗犯罪手', '法不断翻新，“刷单返利”类诈骗尤', '为突出。霍林郭勒市人民法院刑事', '审判庭法官结合审理的案件，为群', '众答疑解惑。']);
    const third = read.indexOf('解员和嘎查村“德高望重”的老党员');
    expect(read.slice(third - 1, third + 3)).toEqual(['工作室由法庭法官、蒙汉双语调', '解员和嘎查村“德高望重”的老党员', '组成，主要调处婚姻家庭、邻里关', '系、土地承包等矛盾纠纷。']);
  });
});

describe('a merged row', () => {
  it('splits where the widths add up to the measure: full lines, a first line short by its indent, a paragraph’s last line', () => {
    expect(splitMergedRow('旗，牧民家中的纠纷常常还 法官联络点21个，每个联络 问题解答在嘎查；二是参与 共接待咨询630余人次，参与', [12])).toEqual([
      '旗，牧民家中的纠纷常常还',
      '法官联络点21个，每个联络',
      '问题解答在嘎查；二是参与',
      '共接待咨询630余人次，参与',
    ]);
    // The dateline's space is inside a first line; a line may start with digits.
    expect(splitMergedRow('锡林郭勒讯 在阿巴嘎 勒镇等地的嘎查村委会设立', [12])).toEqual(['锡林郭勒讯 在阿巴嘎', '勒镇等地的嘎查村委会设立']);
    expect(splitMergedRow('支部建在审判团队上，把党 1100余万元。', [12])).toEqual(['支部建在审判团队上，把党', '1100余万元。']);
  });

  it('keeps a column line the extractor spaced out (justified wide) whole, as one full line beside the others', () => {
    // Rows of development pages as plain pdftotext wrote them: one column's line justified so wide that a space stands between its characters.
    expect(splitMergedRow('林 低 着 头 ， 一 句 话 也 不 旗检察院、公安局、教育 合身边的真实案例，孩子', [12])).toEqual(['林 低 着 头 ， 一 句 话 也 不', '旗检察院、公安局、教育', '合身边的真实案例，孩子']);
    expect(splitMergedRow('下来，她了解到小林父母 导、就学安置、技能培训 们 分 别 扮 演 法 官 、 检 察', [11])).toEqual(['下来，她了解到小林父母', '导、就学安置、技能培训', '们 分 别 扮 演 法 官 、 检 察']);
    expect(columnPiece('们 分 别 扮 演 法 官 、 检 察', 11)).toMatchObject({ shape: 'full', width: 10 });
    // One spaced-out line with a date's digits in it (MuPDF) is no merged row.
    expect(splitMergedRow('下 的 明 年 春 季 付 。”5 ⽉ 22', [12])).toBeNull();
  });

  it('is left whole when it fits one column, is letter-spaced, or no split makes column lines of it', () => {
    expect(splitMergedRow('本报通讯员 孟凡宇 韩笑', [12])).toBeNull();
    expect(splitMergedRow('小 明 （ 化 名 ） 今 年 12', [12])).toBeNull();
    expect(splitMergedRow('审 理 案 件 412 件 ， 调 解 撤 诉 率 达 到 百 分 之 六 十', [12])).toBeNull();
  });

  it('is left whole when it is one phrase in brackets, a credit with the writer\'s name (measures learnt from a list\'s short items)', () => {
    expect(splitMergedRow('（苏尼特左旗人民法院 敖其尔）', [10])).toBeNull();
    expect(splitMergedRow('（海勃湾区人民法院 王敏）', [10])).toBeNull();
    // Two columns' lines that happen to hold brackets are still two lines.
    expect(splitMergedRow('（一）每半年专题研究 一次工作，年底述责。', [10])).toEqual(['（一）每半年专题研究', '一次工作，年底述责。']);
  });
});

describe('columns of a block', () => {
  it('are found from the order rows come in and how each column’s lines read on', () => {
    // The lead's rows: each column's first line (the first two merged), four rows merged whole,
    // each column on a line of its own, then two merged, then the longest columns' last lines
    // (the first column goes on into the second).
    const pieces = pageLines.slice(12, 27).flatMap((line, index) => (splitMergedRow(line, [12]) ?? [line]).map((text) => ({ ...columnPiece(text, 12), line: index })));
    const rows = [0, 1, 2, 3].flatMap(() => [0, 1, 2, 3]);
    expect(assignColumns(pieces, 4).columns).toEqual([...rows, 0, 1, 2, 3, 0, 1, 2, 3, 0, 3]);
  });

  it('read the lead of a real page in its printed order', () => {
    const { lines, notes } = splitPlainMergedColumns(pageLines);
    const lead = notes[0];
    const gold = GOLD.articles[0];
    expect(withoutSpaces(lines.slice(lead.from, lead.to + 1).join(''))).toBe(withoutSpaces(`${gold.dateline}${gold.blocks.map((block) => block.text).join('')}`));
    // A paragraph's first line gets back the indent plain pdftotext dropped; one paragraph after a
    // line that ends a sentence one cell short of the measure (`话，每月至少驻点一天。`) cannot be told from a sentence going on.
    expect(lines[lead.from]).toBe('\u3000\u3000锡林郭勒讯 在阿巴嘎');
    expect(lines.slice(lead.from, lead.to + 1).filter((line) => line.startsWith('\u3000\u3000'))).toHaveLength(gold.blocks.length - 1);
  });

  it('leave pages with positions (-layout) and pages without merged rows alone', () => {
    expect(hasLayoutSpacing(extractorOutput('two-columns.pdftotext-layout').split('\n'))).toBe(true);
    expect(hasLayoutSpacing(pageLines)).toBe(false);
    const mutool = extractorOutput('two-columns.mutool').split('\n');
    expect(splitPlainMergedColumns(mutool)).toMatchObject({ lines: mutool, notes: [] });
  });

  it('keep a paragraph\'s ideographic indent where a copied text\'s double spaces look like -layout positions', () => {
    // Two spaces after each dateline (a word processor's copy) on three lines: read as -layout spacing.
    const text = ['甲旗讯  近日，甲旗人民法院审结一起案件。', '　　法院审理认为，被告应当承担责任。', '乙县讯  近日，乙县人民法院开展普法活动。', '　　活动当天，共发放宣传册800余份。', '丙区讯  近日，丙区人民法院召开会议。', '　　会议要求，全院干警要提高站位。'];
    expect(hasLayoutSpacing(text)).toBe(true);
    const { lines } = splitMergedColumns(text);
    expect(lines.filter((line) => line.startsWith('\u3000\u3000'))).toHaveLength(3);
  });
});

describe('a -layout page whose columns stand one space apart', () => {
  // The same corpus's `pdftotext -layout` of another train page: an article across two columns
  // beside a court notice, their rows merged with one space where the gutter is narrow.
  const layout = import.meta.glob('../test-support/extractor-pages/pdftotext-train-p004-layout*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const raw = layout['../test-support/extractor-pages/pdftotext-train-p004-layout.txt'];
  const gold = JSON.parse(layout['../test-support/extractor-pages/pdftotext-train-p004-layout.gold.json']) as { articles: Array<{ title: string; blocks: Array<{ text: string }> }> };

  it('is read by the measures, each piece kept in the column its position puts it in', () => {
    const read = withoutSpaces(splitMergedColumns(raw.split('\n')).lines.join(''));
    const notice = gold.articles.find((article) => article.title.includes('拍卖公告'))!;
    for (const block of notice.blocks) expect(read).toContain(withoutSpaces(block.text));
    const exhibition = gold.articles.find((article) => article.title.includes('墨香浸润法院'))!;
    expect(read).toContain(withoutSpaces(exhibition.blocks[0].text));
  });
});

describe('a text page whose headline\'s two phrases fill the measure by chance', () => {
  it('is read as it stands: a row of a head\'s phrases, no pause or stop in them, is no two columns\' text', () => {
    // Train articles set again in the indented layout (scripts/corpus/fresh-layouts.ts), frozen in test-support:
    // “高息理财”“以房养老”靠不靠谱？ is as wide as the column under it.
    const lines = splitRawLines(headPhrasesAtMeasure);
    expect(splitPlainMergedColumns(lines).notes).toEqual([]);
    const answer = analyzePage(headPhrasesAtMeasure).articles.flatMap((article) => article.blocks).find((block) => block.text.startsWith('答：不能。'));
    expect(answer?.text).toContain('年收益远高于银行同期利率、承诺保本付息、拉人头返利，是非法集资的典型特征。');
  });
});

describe('columns parted into blocks', () => {
  it('run on down the blocks: a column cut mid-sentence goes on in the same column of the next block', () => {
    const lines = splitPlainMergedColumns(splitRawLines(columnsAcrossBlocks)).lines.map((line) => line.replace(/\u3000/gu, ''));
    const cut = lines.findIndex((line) => line.endsWith('事后也未得到法定代理人'));
    expect(cut).toBeGreaterThan(0);
    expect(lines[cut + 1]).toMatch(/^的追认，依法应属无效/u);
    // The section head of the lower block comes after the lead's last line, not after the right column's top.
    expect(lines.indexOf('案情：半年花光家里积蓄')).toBeLessThan(cut);
  });

  it('puts an article’s credit line under its column’s finished paragraph, never after a sentence left open', () => {
    const lines = splitPlainMergedColumns(splitRawLines(columnsAcrossBlocks)).lines.map((line) => line.replace(/\u3000/gu, ''));
    // The block's right column ends the article (…活动15场。 then its credit); the left column's last line runs on into the next block.
    const credit = lines.indexOf('（东乌珠穆沁旗人民法院供稿）');
    expect(lines[credit - 1]).toBe('传册3000余份，开展“法治进牧区”活动15场。');
    expect(lines[lines.indexOf('群法官的坚守。斯琴说：“我们守护的不只是一片草原，更是子') + 1]).toBe('孙后代赖以生存的家园。”');
  });
});
