import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze-page';
import { splitHeadBylineRows } from './head-byline-rows';
// Real pdftotext output of corpus train pages printed by Chromium (corpus/README.md), kept as they were when the test was written (test-support/extractor-pages/): the byline
// set flush right on the headline's baseline comes out on the headline's line.
import spacedByline from '../test-support/extractor-pages/pdftotext-train-p030.txt?raw';
import solidByline from '../test-support/extractor-pages/pdftotext-train-p033.txt?raw';

const rows = (...lines: string[]) => splitHeadBylineRows({ lines, notes: [] }).lines;

describe('a headline and its byline on one row', () => {
  it('are given back as the headline and the byline under it, with or without a space between', () => {
    expect(analyzePage(spacedByline).articles.find((article) => article.title.startsWith('科左中旗'))).toMatchObject({ title: '科左中旗法院2025年为民办实事清单', byline: '本报记者 包春雷' });
    expect(analyzePage(solidByline).articles.find((article) => article.title.startsWith('12岁'))).toMatchObject({ title: '12岁孩子直播打赏5万元 家长能要回来吗', byline: '本报通讯员 于洋 塔娜' });
  });

  it('leaves a byline row, running text and a row inside a block as they are', () => {
    const kept = ['', '本报记者 王强 通讯员 李明', '', '保障农民工及时拿到工资？记者就此采访', '', '乙县法院推出十项措施 本报记者 王强', '近日，乙县人民法院推出便民措施。'];
    expect(rows(...kept)).toEqual(kept);
    expect(rows('', '乙县法院推出十项措施 本报记者 王强', '')).toEqual(['', '乙县法院推出十项措施', '本报记者 王强', '']);
  });

  it('puts the byline under a two-line head when it came out on the head\'s first row', () => {
    expect(rows('', '蒙汉双语审判本报记者●包金花', '让群众听得懂信得过', '')).toEqual(['', '蒙汉双语审判', '让群众听得懂信得过', '本报记者●包金花', '']);
    // A block running on into text is left as it is.
    expect(rows('', '蒙汉双语审判本报记者●包金花', '近日，甲旗人民法院公开审理一起案件。', '')).toEqual(['', '蒙汉双语审判本报记者●包金花', '近日，甲旗人民法院公开审理一起案件。', '']);
  });

  it('moves the merged-column notes below a split row down with it', () => {
    const result = splitHeadBylineRows({ lines: ['乙县法院推出十项措施本报通讯员 李明', '', '左栏 右栏', '左栏 右栏'], notes: [{ from: 2, to: 3, split: false }] });
    expect(result.notes).toEqual([{ from: 3, to: 4, split: false }]);
  });
});

describe('a byline\'s label on the headline\'s first line, its names under the head\'s second line', () => {
  it('goes back to its names under the head', () => {
    expect(rows('', '开垦草原种玉米本报通讯员', '“多打粮”换来有期徒刑', '王静 那仁', '')).toEqual(['', '开垦草原种玉米', '“多打粮”换来有期徒刑', '本报通讯员 王静 那仁', '']);
    expect(rows('', '盖房修屋出纠纷本报记者', '固阳县法院发布三起典型案例', '李彦军 通讯员 刘丽', '')).toEqual(['', '盖房修屋出纠纷', '固阳县法院发布三起典型案例', '本报记者 李彦军 通讯员 刘丽', '']);
    // (A sentence that ends on 记者 is no head: 时候能到手”。为此，记者.)
    expect(rows('', '时候能到手”。为此，记者', '走访了部分牧户', '其其格 张敏', '')).toEqual(['', '时候能到手”。为此，记者', '走访了部分牧户', '其其格 张敏', '']);
  });
});
