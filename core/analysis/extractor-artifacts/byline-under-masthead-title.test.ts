import { describe, expect, it } from 'vitest';
import { analyzePage, splitRawLines } from '../analyze-page';
import { bylineUnderMastheadTitle } from './byline-under-masthead-title';
// Plain pdftotext output of development pages printed by Chromium (scripts/corpus/fresh-pdf-pages.ts), frozen:
// the first article's byline comes out straight under the masthead's title, the date and the head below it.
// `法院专刊` / `文/乌兰` / date / 别让“指尖诉讼”把老人挡在门外！ / text.
import underTitle from '../test-support/extractor-pages/pdftotext-dev-byline-under-masthead-title.txt?raw';
// `法院专刊` / `本报记者 李文博` / date / `第2版` / 专访：… / `法治视点` (the band's section, printed beside the head) / ——subtitle.
import sectionAfterHead from '../test-support/extractor-pages/pdftotext-dev-byline-under-masthead-section-after-head.txt?raw';

const moved = (raw: string) => bylineUnderMastheadTitle({ lines: splitRawLines(raw), notes: [] }).lines;
const nonBlank = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

describe('a byline written straight under the masthead\'s title', () => {
  it('goes under the first head after the band\'s items, every other line in its order', () => {
    const lines = moved(underTitle);
    expect(nonBlank(lines).slice(0, 4)).toEqual(['法院专刊', '2025年06月20日 星期五', '别让“指尖诉讼”把老人挡在门外！', '文/乌兰']);
    expect(lines).toHaveLength(splitRawLines(underTitle).length);
    expect([...lines].sort()).toEqual([...splitRawLines(underTitle)].sort());
  });

  it('gives the head its byline and leaves the masthead\'s title to the furniture', () => {
    const analysis = analyzePage(underTitle);
    expect(analysis.articles[0]).toMatchObject({ title: '别让“指尖诉讼”把老人挡在门外！', byline: '文/乌兰' });
    expect(analysis.furniture).toContain('法院专刊');
    // With the band's section printed beside the head, the section stays furniture and the subtitle the head's.
    const withSection = analyzePage(sectionAfterHead);
    expect(withSection.articles[0]).toMatchObject({ title: '专访：把“枫桥经验”写在兴安大地上', subtitle: '——访兴安盟中级人民法院立案庭庭长高娃', byline: '本报记者 李文博' });
    expect(withSection.furniture).toEqual(['法院专刊', '2025年02月28日 星期五', '第2版', '法治视点']);
  });

  it('stays where it is with no date or page label between, or with text under it', () => {
    const noBand = ['法院专刊', '本报记者 李文博', '', '专访：把“枫桥经验”写在兴安大地上', '', '今年以来，兴安盟中级人民法院深入推进诉源治理。'];
    expect(moved(noBand.join('\n'))).toEqual(noBand);
    const textUnder = ['法院专刊', '本报记者 李文博', '', '2025年02月28日 星期五', '', '今年以来，兴安盟中级人民法院深入推进诉源治理，指导全盟法院构建', '党委领导的格局。'];
    expect(moved(textUnder.join('\n'))).toEqual(textUnder);
  });
});
