import { describe, expect, it } from 'vitest';
import { analyzePage, splitRawLines } from '../analyze-page';
import { extractPageLines } from '../line-features';
import { writesTextBlocks } from './text-block-page';
// Plain pdftotext output of development pages printed by Chromium (scripts/corpus/fresh-pdf-pages.ts), frozen.
// On the first, pdftotext wrote the notice's headline as a block of its own between blank lines, over the text it heads.
import headBlockPage from '../test-support/extractor-pages/pdftotext-dev-head-block.txt?raw';
// On the second, it wrote the last article's headline after all of the page's text, before the form feed.
import headAfterBodyPage from '../test-support/extractor-pages/pdftotext-dev-head-after-body.txt?raw';
// On the third, a commentary's byline (文/赵文博) ends the block above its headline's block.
import headBlockUnderByline from '../test-support/extractor-pages/pdftotext-dev-head-block-under-byline.txt?raw';
// A corpus train page whose last block is a headline over two lines, the second holding its two phrases.
import twoLineHeadAfterBody from '../test-support/extractor-pages/pdftotext-train-p033-head-after-body.txt?raw';

const linesOf = (text: string) => extractPageLines(splitRawLines(text));
const wrapped = (...paragraphs: string[]) => paragraphs.flatMap((paragraph) => paragraph.match(/.{1,14}/gu) ?? []);

describe('a page written as text blocks', () => {
  it('is told by paragraphs that turn inside blocks, at a column measure', () => {
    expect(writesTextBlocks(linesOf(headBlockPage))).toBe(true);
    const paragraphs = Array.from({ length: 6 }, (_, index) => `第${index + 1}段，近日，某某旗人民法院在辖区开展巡回审判活动，就地化解矛盾纠纷，群众纷纷点赞。`);
    // The same text in one block, wrapped at 14 characters: blocks.
    expect(writesTextBlocks(linesOf(wrapped(...paragraphs).join('\n')))).toBe(true);
    // A blank line between its paragraphs: paragraphs, not blocks.
    expect(writesTextBlocks(linesOf(paragraphs.map((paragraph) => wrapped(paragraph).join('\n')).join('\n\n')))).toBe(false);
    // One line to a paragraph: no measure, every line turns.
    expect(writesTextBlocks(linesOf(paragraphs.join('\n')))).toBe(false);
  });

  it('takes a head that is a block of its own for an article\'s headline', () => {
    const article = analyzePage(headBlockPage).articles.find((candidate) => candidate.title === '“婚事新办 礼轻情重”倡议书');
    expect(article?.blocks[0].text).toBe('全县广大青年朋友、各位家长：');
  });

  it('takes a head block after all of the page\'s text for a headline printed after its body', () => {
    const titles = analyzePage(headAfterBodyPage).articles.map((article) => article.title);
    expect(titles).toContain('一堂特殊的“法治课”');
  });

  it('reads such a headline wrapped over two lines as it was set: its second line holds the phrase space', () => {
    const titles = analyzePage(twoLineHeadAfterBody).articles.map((article) => article.title);
    expect(titles).toContain('海南区法院“党员先锋岗”亮身份 办案一线显担当');
  });

  it('reads two head blocks one under the other as two headlines, set side by side', () => {
    const text = (...paragraphs: string[]) => wrapped(...paragraphs).join('\n');
    const analysis = analyzePage([
      '草原上的巡回法庭',
      '',
      text('近日，阿巴嘎旗人民法院巡回法庭来到洪格尔高勒镇，就地审结一起草场租赁纠纷。', '法官在蒙古包里开庭，双方当场达成调解协议，当事人纷纷点赞。', '据悉，该院今年以来已开展巡回审判三十余次，化解纠纷一百余件。'),
      '',
      '稀土高新区法院出台优化法治化营商环境12条举措',
      '',
      '各地法院多措并举推进诉源治理',
      '',
      text('今年以来，全区各地法院坚持把非诉讼纠纷解决机制挺在前面，诉前调解成功率明显提升。', '在托克托县，法院联合村干部开展联调，化解纠纷二十余件。', '在商都县，法院把巡回车开进村里，就地立案调解。', '下一步，各地法院将继续完善诉调对接机制。'),
      '',
    ].join('\n'));
    const titles = analysis.articles.map((article) => article.title);
    expect(titles).toContain('各地法院多措并举推进诉源治理');
    expect(titles.join('|')).not.toContain('举措 各地');
  });

  it('takes a head block under a byline for a headline: pdftotext may write the byline, set smaller, first', () => {
    const titles = analyzePage(headBlockUnderByline).articles.map((article) => article.title);
    expect(titles).toContain('小额案件更要用心办');
  });
});
