import { describe, expect, it } from 'vitest';
import { analyzePage, splitRawLines } from '../analyze-page';
import { headlineUnderMastheadBand } from './headline-in-masthead-band';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), frozen as
// they were when the test was written. The first headline is printed beside the masthead band's lower
// items, and pdftotext writes it between them: `第3版` / 唱响法院人的心声 / `以案说法` / `责任编辑 王静`
// (p047), `04版` / 网购“三无”食品… / `责任编辑 赵明` (p032).
import p047 from '../test-support/extractor-pages/pdftotext-train-p047.txt?raw';
import p032 from '../test-support/extractor-pages/pdftotext-train-p032.txt?raw';
// 第6版 / 锡林郭勒盟法院综述 / 责任编辑 赵明 / 刘洋: the head goes under the credit, over its writer's name.
import p018 from '../test-support/extractor-pages/pdftotext-train-p018.txt?raw';
// MuPDF, a page of train articles printed with other seeds (scripts/corpus/fresh-pdf-pages.ts): `责任编辑 高娃` /
// 拒不履行判决 “老赖”被判刑 / 四子王旗人⺠法院 — a court's name under the head, below the band's credit.
import courtUnderHead from '../test-support/extractor-pages/mutool-fresh-court-under-head.txt?raw';
// A head written among the band's items with its byline (`06版` / 一份调解书的温度 / 文/王晓蕾 / `责任编辑 赵明`),
// and two heads set side by side, each over its byline, the first among the band's items (p031 of a later build of the corpus: `-rebuilt`).
import p077 from '../test-support/extractor-pages/pdftotext-train-p077.txt?raw';
import p031 from '../test-support/extractor-pages/pdftotext-train-p031-rebuilt.txt?raw';

const moved = (raw: string) => headlineUnderMastheadBand({ lines: splitRawLines(raw), notes: [] }).lines;
const nonBlank = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

describe('a headline written among the masthead band\'s items', () => {
  it('goes back under the band\'s last item, every other line in its order', () => {
    const lines = moved(p047);
    expect(nonBlank(lines).slice(0, 7)).toEqual(['2025年01月24日 星期五', '法院专刊', '第3版', '以案说法', '责任编辑 王静', '唱响法院人的心声', '说。']);
    expect(lines).toHaveLength(splitRawLines(p047).length);
    expect([...lines].sort()).toEqual([...splitRawLines(p047)].sort());
    expect(nonBlank(moved(p032)).slice(3, 5)).toEqual(['责任编辑 赵明', '网购“三无”食品赵晓宁能否主张十倍赔偿']);
  });

  it('opens the page\'s first article, not the masthead', () => {
    const analysis = analyzePage(p047);
    expect(analysis.articles[0].title).toBe('唱响法院人的心声');
    expect(analysis.furniture).toEqual(['2025年01月24日 星期五', '法院专刊', '第3版', '以案说法', '责任编辑 王静']);
    expect(analyzePage(p032).articles[0].title).toBe('网购“三无”食品赵晓宁能否主张十倍赔偿');
  });

  it('takes the head\'s byline with it; a second head over its own byline under the first is a headline too', () => {
    expect(nonBlank(moved(p077)).slice(3, 6)).toEqual(['责任编辑 赵明', '一份调解书的温度', '文/王晓蕾']);
    expect(analyzePage(p077).articles.slice(0, 2)).toMatchObject([
      { title: '一份调解书的温度', byline: '文/王晓蕾' },
      { title: '有钱不还还转移财产', byline: '乌海市中级人民法院 张宏伟' },
    ]);
    expect(analyzePage(p031).articles).toMatchObject([
      { title: '把矛盾化解在诉前', byline: '文/乌兰察布市中级人民法院 赵永胜' },
      { title: '让庭审直播成为常态', byline: '苏日古嘎' },
    ]);
  });

  it('stops at a writer\'s name under the band, and leaves a band without date or page label alone', () => {
    expect(nonBlank(moved(p018)).slice(2, 6)).toEqual(['第6版', '责任编辑 赵明', '锡林郭勒盟法院综述', '刘洋']);
    const noMasthead = ['法院专刊', '', '唱响法院人的心声', '', '以案说法', '责任编辑 王静', '', '合唱团成立于2021年，现有团员46名，有院领'];
    expect(moved(noMasthead.join('\n'))).toEqual(noMasthead);
    // A section's name alone (以案说法) is the band's, not a head to move.
    const sectionOnly = ['法院专刊', '', '以案说法', '', '第3版', '', '合唱团成立于2021年，现有团员46名，有院领'];
    expect(moved(sectionOnly.join('\n'))).toEqual(sectionOnly);
  });

  it('stays where it is over a court\'s name alone under the editor\'s credit: the court signs the head', () => {
    expect(analyzePage(courtUnderHead).articles[0]).toMatchObject({ title: '拒不履行判决 “老赖”被判刑', byline: '四子王旗人民法院' });
  });
});
