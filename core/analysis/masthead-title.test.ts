import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { extractPageLines } from './line-features';
// Real plain pdftotext output of corpus train pages printed by Chromium (corpus/README.md), kept as
// they were when the test was written: the masthead's title (法院专刊) is the page's first line, written
// over the first headline, with a blank line between (p081) or none (p063).
import apart from './test-support/extractor-pages/pdftotext-train-p081.txt?raw';
import over from './test-support/extractor-pages/pdftotext-train-p063.txt?raw';

describe('the masthead title on a page\'s first line', () => {
  it('is furniture, not the first headline\'s first phrase', () => {
    for (const [page, title, byline] of [
      [apart, '凌晨五点的执行行动', '本报记者●韩雨桐'],
      [over, '一起执行案件的九十天', '本报记者●范立群'],
    ]) {
      const analysis = analyzePage(page);
      expect(analysis.articles[0]).toMatchObject({ title, byline });
      expect(analysis.furniture).toContain('法院专刊');
    }
  });

  it('is known by its kind (专刊), or by the masthead date or page label under it; a headline ending on 报 is not', () => {
    const first = (...lines: string[]) => extractPageLines(lines)[0].pageFurniture;
    expect(first('法院专刊', '', '甲旗法院审结一起案件', '本报记者 王强')).toBe(true);
    expect(first('北疆法治报', '', '2025年3月28日 星期五', '', '第6版')).toBe(true);
    expect(first('全区法院执行工作情况通报', '', '甲旗法院审结一起案件')).toBe(false);
    // A byline written right under it stays with it until its own head can be brought up (a known gap).
    expect(first('法院专刊', '本报记者 包春雷', '', '2025年2月28日 星期五')).toBe(false);
  });
});
