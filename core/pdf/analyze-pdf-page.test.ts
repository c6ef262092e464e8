import { describe, expect, it } from 'vitest';
import type { PdfPageLayout, PdfRule, PdfTextItem } from '../model/pdf-layout';
import { analyzePdfPage } from './analyze-pdf-page';

const BODY = 10;

/** One printed line as a PDF draws it: one run per character, as Chromium does for CJK subsets. */
function line(text: string, x: number, baseline: number, size = BODY, bold = false): PdfTextItem[] {
  return [...text].map((char, index) => ({
    text: char, x: x + index * size, y: baseline - 0.88 * size, width: size, height: size, fontSize: size,
    fontName: bold ? 'NotoSansCJKsc-Bold' : 'NotoSerifCJKsc-Regular', bold, baseline,
  }));
}

/** Body text set in a column `chars` wide: paragraphs indented two characters, lines full but the last. */
function column(paragraphs: string[], x: number, top: number, chars: number): { items: PdfTextItem[]; bottom: number } {
  const items: PdfTextItem[] = [];
  let baseline = top;
  for (const paragraph of paragraphs) {
    let rest = `\u3000\u3000${paragraph}`;
    while (rest.length) {
      const piece = rest.slice(0, chars);
      rest = rest.slice(chars);
      const indent = piece.startsWith('\u3000\u3000') ? 2 : 0;
      items.push(...line(piece.slice(indent), x + indent * BODY, baseline));
      baseline += 1.6 * BODY;
    }
  }
  return { items, bottom: baseline };
}

const page = (items: PdfTextItem[], rules: PdfRule[] = []): PdfPageLayout => ({ pageNumber: 1, width: 600, height: 800, items, rules });

describe('analyzePdfPage', () => {
  it('reads a headline spanning two columns first, then the columns in turn, joining a paragraph across the column break', () => {
    const first = '今年以来某某区人民法院坚持把非诉讼纠纷解决机制挺在前面推动矛盾纠纷就地化解取得明显成效全年共化解纠纷一千二百余件';
    const second = '该院还在辖区各乡镇设立法官工作站选派员额法官定期驻站开展诉前调解和法律咨询';
    const left = column([first.slice(0, 38)], 40, 100, 20);
    // The paragraph goes on at the head of the second column: its text there is not indented.
    const carried = first.slice(38);
    const right = column([], 260, 100, 20);
    const items = [...line('调解在身边', 210, 60, 20, true), ...left.items, ...right.items];
    let baseline = 100;
    items.push(...line(carried, 260, baseline));
    baseline += 1.6 * BODY;
    items.push(...column([second], 260, baseline, 20).items);
    const analysis = analyzePdfPage(page(items));
    expect(analysis.articles).toHaveLength(1);
    expect(analysis.articles[0].title).toBe('调解在身边');
    expect(analysis.articles[0].blocks.map((block) => block.text)).toEqual([`${first.slice(0, 38)}${carried}`, second]);
    const indentBreak = analysis.breaks.find((decision) => analysis.lines[decision.after].text.includes('该院还在'));
    expect(indentBreak).toMatchObject({ decision: 'split', reason: '下一行首行缩进两字：分段' });
    expect(indentBreak!.confidence).toBeGreaterThanOrEqual(0.95);
    expect(analysis.geometry?.lines).toHaveLength(analysis.lines.filter((raw) => raw.text.trim()).length);
  });

  it('keeps two articles side by side apart when a column rule stands between them', () => {
    const leftBody = column(['左边这篇稿件讲的是执行工作的新进展和新成效', '执行干警连续作战兑现胜诉权益'], 40, 100, 20);
    const rightBody = column(['右边这篇稿件讲的是普法宣传走进牧区的故事', '法官用双语讲解法律知识'], 300, 100, 20);
    const items = [...line('执行攻坚', 90, 70, 20, true), ...line('普法进牧区', 340, 70, 20, true), ...leftBody.items, ...rightBody.items];
    const rule: PdfRule = { x: 280, y: 40, width: 0.75, height: Math.max(leftBody.bottom, rightBody.bottom) - 30 };
    const analysis = analyzePdfPage(page(items, [rule]));
    expect(analysis.articles.map((article) => article.title)).toEqual(['执行攻坚', '普法进牧区']);
    expect(analysis.articles[0].blocks.map((block) => block.text)).toEqual(['左边这篇稿件讲的是执行工作的新进展和新成效', '执行干警连续作战兑现胜诉权益']);
    expect(analysis.articles[1].blocks.map((block) => block.text)).toEqual(['右边这篇稿件讲的是普法宣传走进牧区的故事', '法官用双语讲解法律知识']);
  });

  it('reads the masthead above its rule as furniture and takes the issue date and page label from it', () => {
    const items = [
      ...line('法院专刊', 40, 50, 28, true), ...line('2025年10月17日', 400, 40, 9), ...line('第5版', 450, 54, 9),
      ...line('巡回审判到草原', 200, 110, 20, true), ...column(['法官带着国徽走进牧区就地开庭审理案件'], 40, 150, 30).items,
    ];
    const analysis = analyzePdfPage(page(items, [{ x: 40, y: 64, width: 520, height: 1.5 }]));
    expect(analysis.furniture).toEqual(['法院专刊', '2025年10月17日', '第5版']);
    expect(analysis).toMatchObject({ publication: '法院专刊', issue_date: '2025-10-17', page_label: '第5版' });
    expect(analysis.articles.map((article) => article.title)).toEqual(['巡回审判到草原']);
  });

  it('takes small type under a picture for its caption and a bold run-in 讯 for the dateline', () => {
    const items = [
      ...line('草原法庭', 150, 60, 20, true),
      // The ideographic space after the dateline is printed: Chromium draws it as a blank run.
      ...line('巴彦淖尔讯', 60, 100, BODY, true), ...line('\u3000', 110, 100), ...line('近日某法院在牧区开展巡回审判活动现场', 120, 100),
      ...line('审理一起草场纠纷。', 40, 116),
      ...line('法官在牧民家中调解纠纷。张三 摄', 40, 226, 8),
    ];
    const analysis = analyzePdfPage(page(items, [{ x: 40, y: 126, width: 240, height: 90 }]));
    const [article] = analysis.articles;
    expect(article.dateline).toBe('巴彦淖尔讯');
    expect(article.blocks).toEqual([
      expect.objectContaining({ type: 'paragraph', text: '近日某法院在牧区开展巡回审判活动现场审理一起草场纠纷。' }),
      expect.objectContaining({ type: 'caption', text: '法官在牧民家中调解纠纷。张三 摄' }),
    ]);
  });
});
