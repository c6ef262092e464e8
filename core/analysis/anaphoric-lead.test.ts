import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
// MuPDF's text of a fresh round of a development page (tune3): a 党建 story whose section heads, two phrases each wrapped in a
// narrow column (建强支部堡垒 锻造过硬 / 队伍), read like headlines; the first section's text opens on 该院党支部….
import sectionHeadsPage from './test-support/extractor-pages/mutool-dev-section-head-over-text-pointing-back.txt?raw';

const titles = (raw: string) => analyzePage(raw).articles.map((article) => article.title);

describe('a head over text that points back to what the article named', () => {
  it('heads a section of the article above, not an article of its own', () => {
    expect(titles(sectionHeadsPage)).not.toContain('建强支部堡垒 锻造过硬队伍');
    expect(titles(sectionHeadsPage)[0]).toBe('戈壁深处党旗红');
  });

  it('leaves a headline over its own lead alone, and the page\'s first headline whatever its text', () => {
    const raw = page('法院召开党建工作推进会', '', '该院近日召开党建工作推进会。', '', '巴彦淖尔中院发布涉农典型案例', '', '近日，巴彦淖尔市中级人民法院发布涉农典型案例。');
    expect(titles(raw)).toEqual(['法院召开党建工作推进会', '巴彦淖尔中院发布涉农典型案例']);
  });
});
