import { describe, expect, it } from 'vitest';
import { analyzePage } from './analyze-page';
import { page } from './test-support/page-lines';
// Excerpts of text layouts of development-set articles (test-support/extractor-pages/README.md), rounds never scored before.
// A markdown copy whose section heads are whole lines in bold, each a phrase parted by a pause (**一碗奶茶，化开十年心结**).
import boldHeads from './test-support/extractor-pages/markdown-dev-bold-heads-with-pauses.txt?raw';
// Lists of names with their units in ASCII brackets (the copy left its punctuation half-width), a paragraph a line.
import halfWidthLists from './test-support/extractor-pages/markdown-dev-names-lists-halfwidth-brackets.txt?raw';
// A wide layout: a list's line left on its enumeration comma over an entry that reads like a signature.
import listLeftOnComma from './test-support/extractor-pages/wide-dev-list-left-on-comma.txt?raw';
// A wide layout whose measure fell after 零下 30 多摄 (摄氏度): a sentence, no photographer's credit.
import figureBeforeShe from './test-support/extractor-pages/wide-dev-figure-before-she.txt?raw';

const blockTexts = (raw: string) => analyzePage(raw).articles.flatMap((article) => article.blocks.map((block) => block.text));

describe('where a unit ends in text layouts', () => {
  it('ends a line set whole in bold at the blank line under it, pause or not', () => {
    const texts = blockTexts(boldHeads);
    expect(texts).toContain('草场边界，一步一步量出来');
    expect(texts).toContain('一碗奶茶，化开十年心结');
    expect(texts.some((text) => text.includes('量出来四子王旗') || text.includes('心结红格尔'))).toBe(false);
  });

  it('ends a list of names with their units at its last bracket, half-width brackets too', () => {
    const texts = blockTexts(halfWidthLists);
    expect(texts.some((text) => /人民法院[)）]宝音德力格尔|人民法院[)）]哈斯朝鲁|支队[)）]希望/u.test(text))).toBe(false);
    expect(texts.filter((text) => /^(其木格|宝音德力格尔|哈斯朝鲁|包那日苏)/u.test(text))).toHaveLength(4);
  });

  it('runs a list left on its enumeration comma on into the next entry, though the entry reads like a signature', () => {
    const article = analyzePage(listLeftOnComma).articles[0];
    expect(article.byline ?? '').toBe('');
    expect(article.blocks.map((block) => block.text)).toContain('宝音德力格尔（新巴尔虎左旗人民法院）、韩秀英（库伦旗人民法院）、苏日古嘎（达尔罕茂明安联合旗人民法院）');
  });

  it('keeps a labelled byline under a column\'s last line that a 、 left open (pdftotext set the columns one after the other)', () => {
    const raw = page('煤矿工人讨薪有了“快车道” 伊金霍洛旗法院结案142件', '', '清晨6点，苏尼特右旗人民法院赛汉塔拉人民法', '庭的巡回审判车已经发动。车上装着便携式打印机、', '', '本报通讯员 郝婷 乌云毕力格', '伊金霍洛旗讯 今年以来，鄂尔多斯市伊金霍洛旗人民法院审结案件。');
    const analysis = analyzePage(raw);
    expect(analysis.breaks.find((decision) => analysis.lines[decision.after].text.startsWith('本报通讯员'))?.decision).toBe('split');
  });

  it('reads 多摄 at a line end as words cut by the measure, not a photographer', () => {
    expect(blockTexts(figureBeforeShe).some((text) => text.includes('在零下30多摄氏度的夜里找了两个多小时'))).toBe(true);
  });
});
