import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePdfPage } from '../../core/pdf/analyze-pdf-page';
import { foldPdfText } from '../../core/pdf/fold-pdf-text';
import { readPdf } from './read-pdf';

// Pages printed by headless Chromium from known articles (main/pdf/fixtures/make-pdf-fixtures.ts).
const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
interface Gold { publication: string | null; issue_date: string | null; page_label: string | null; articles: Array<{ title: string; dateline: string | null; credit: string | null; blocks: Array<{ type: string; text: string }> }> }
const gold = (name: string) => JSON.parse(readFileSync(fixture(`${name}.gold.json`), 'utf8')) as Gold;

describe('readPdf on a Chromium-printed newspaper page', () => {
  it('gives real font names and weights, baselines, the masthead rule and the picture, and no radicals', async () => {
    const [layout] = await readPdf(new Uint8Array(readFileSync(fixture('pdf-q2_baotou_headline_after.pdf'))));
    const publication = layout.items.find((item) => item.text === '法院专刊');
    expect(publication).toMatchObject({ fontName: 'NotoSansCJKsc-Bold', bold: true });
    expect(publication!.fontSize).toBeCloseTo(30, 0);
    const bodyRun = layout.items.find((item) => item.text.includes('，') && item.fontSize < 11);
    expect(bodyRun?.fontName).toBe('NotoSerifCJKsc-Regular');
    expect(bodyRun?.bold).toBe(false);
    // The masthead's 2 pt rule across the page.
    expect(layout.rules.some((rule) => rule.width > layout.width * 0.8 && rule.height < 3 && rule.y < 120)).toBe(true);
    const text = layout.items.map((item) => item.text).join('');
    expect(text).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/u);
    expect(layout.foldedCharacters).toBeGreaterThan(0);
  });

  it('analyzes the page into its articles, fields and masthead as the gold has them', async () => {
    for (const name of ['pdf-q2_baotou_headline_after', 'pdf-q3_hulunbuir_lead_end']) {
      const [layout] = await readPdf(new Uint8Array(readFileSync(fixture(`${name}.pdf`))));
      const analysis = analyzePdfPage(layout, { source: `${name}.pdf` });
      const expected = gold(name);
      expect(analysis.articles.map((article) => article.title.replace(/\s/gu, ''))).toEqual(expected.articles.map((article) => article.title.replace(/\s/gu, '')));
      expect(analysis.articles.map((article) => [article.dateline, article.credit])).toEqual(expected.articles.map((article) => [article.dateline, article.credit]));
      expect(analysis.articles.map((article) => article.blocks.map((block) => block.text))).toEqual(expected.articles.map((article) => article.blocks.map((block) => block.text)));
      expect({ publication: analysis.publication, issue_date: analysis.issue_date, page_label: analysis.page_label }).toEqual({ publication: expected.publication, issue_date: expected.issue_date, page_label: expected.page_label });
      expect(analysis.geometry?.lines.length).toBe(analysis.lines.filter((line) => line.text.trim()).length);
    }
  });
});

describe('readPdf on a PDF of several pages', () => {
  it('says as each page is read, and lets the event loop turn between pages', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('import-issue.pdf')));
    const read: [number, number][] = [];
    let turns = 0;
    let counting = true;
    const countTurn = () => {
      turns++;
      if (counting) setImmediate(countTurn);
    };
    setImmediate(countTurn);
    const pages = await readPdf(bytes, { onPage: (pageNumber, pageCount) => read.push([pageNumber, pageCount]) });
    counting = false;
    expect(pages.map((page) => page.pageNumber)).toEqual([1, 2, 3]);
    expect(read).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(turns).toBeGreaterThanOrEqual(2);
  });
});

describe('foldPdfText', () => {
  it('folds Kangxi radicals and the supplement to the ideographs simplified text uses, and ⸺ to ——', () => {
    expect(foldPdfText('⼈⺠法院⾼级⼾籍⸺副题')).toEqual({ text: '人民法院高级户籍——副题', count: 5 });
  });
});
