import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), frozen as
// they were when the tests were written. A roundup's headline spans its columns and pdftotext writes it
// as a block of its own, blank lines on both sides, after the article above has finished (…为一面旗帜。,
// or its credit …稿）); under it the row of its items' columns, not yet an item's head.
import p040 from './test-support/extractor-pages/pdftotext-train-p040.txt?raw';
import p032 from './test-support/extractor-pages/pdftotext-train-p032.txt?raw';

describe('a roundup headline set apart as a block of its own', () => {
  it('opens the roundup after finished text or a closing credit', () => {
    expect(analyzePage(p040).articles.map((article) => article.title)).toContain('全区法院工作简讯');
    expect(analyzePage(p032).articles.map((article) => article.title)).toContain('岭南法院动态');
  });

  it('stays a section head where running text goes on around it without blank lines', () => {
    const page = ['巡回审判进牧区', '本报通讯员 高娃', '　　今年以来，该院坚持把法庭开到牧民家门口，共巡回办案86件。', '基层工作动态', '　　该院还组建了普法宣讲队，深入嘎查村开展宣讲12场。'].join('\n');
    expect(analyzePage(page).articles.map((article) => article.title)).toEqual(['巡回审判进牧区']);
  });
});
