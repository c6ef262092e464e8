import { describe, expect, it } from 'vitest';
import { analyzePage, splitRawLines } from '../analyze-page';
import { extractPageLines } from '../line-features';
import { writesTextBlocks } from './text-block-page';
// Plain pdftotext output of development pages printed by Chromium (scripts/corpus/fresh-pdf-pages.ts), frozen.
// On the first, pdftotext wrote the notice's headline as a block of its own between blank lines, over the text it heads.
import headBlockPage from '../test-support/extractor-pages/pdftotext-dev-head-block.txt?raw';
// On the second, it wrote the last article's headline after all of the page's text, before the form feed.
import headAfterBodyPage from '../test-support/extractor-pages/pdftotext-dev-head-after-body.txt?raw';
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
});
