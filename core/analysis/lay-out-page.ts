import type { PageDoc } from '../model/page-doc';
import { FORBIDDEN_LINE_START } from './character-classes';
import { displayWidth } from './display-width';

/** How a page is set as raw text: used to generate test pages with known answers. */
export interface PageLayout {
  /** Column width in display cells; null = one line per paragraph. */
  width: number | null;
  /** A blank line between paragraphs (and around heads). */
  blankLines: boolean;
  /** Paragraphs open with two U+3000 (copy-paste from a word processor). */
  indent: boolean;
  /** Titles as `## `, datelines as `**…**`. */
  markdown: boolean;
}

/** Breaks a paragraph into lines of at most `width` cells, never starting a line with a closing mark. */
export function wrapText(text: string, width: number, firstLineWidth = width): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  const limit = () => (lines.length === 0 ? firstLineWidth : width);
  for (const char of text) {
    const charWidth = displayWidth(char);
    if (currentWidth + charWidth > limit() && current && !FORBIDDEN_LINE_START.includes(char)) {
      lines.push(current);
      current = '';
      currentWidth = 0;
    }
    current += char;
    currentWidth += charWidth;
  }
  if (current) lines.push(current);
  return lines;
}

/** Sets a page (gold format) as raw text in the given layout. */
export function layOutPage(doc: PageDoc, layout: PageLayout): string {
  const out: string[] = [];
  const separate = () => {
    if (layout.blankLines && out.length && out[out.length - 1] !== '') out.push('');
  };
  const head = (text: string, prefix = '') => {
    separate();
    out.push(prefix + text);
  };
  const paragraph = (text: string) => {
    separate();
    const indent = layout.indent ? '\u3000\u3000' : '';
    if (layout.width === null) {
      out.push(indent + text);
      return;
    }
    const lines = wrapText(text, layout.width, layout.indent ? layout.width - 2 : layout.width);
    lines.forEach((line, index) => out.push(index === 0 ? indent + line : line));
  };
  for (const item of doc.furniture) head(item);
  for (const article of doc.articles) {
    head(article.title, layout.markdown ? '## ' : '');
    if (article.subtitle) head(article.subtitle);
    if (article.byline) head(article.byline);
    article.blocks.forEach((block, index) => {
      let text = block.text;
      if (index === 0 && article.dateline) text = layout.markdown ? `**${article.dateline}** ${text}` : `${article.dateline}\u3000${text}`;
      if (block.type === 'paragraph') paragraph(text);
      else head(text);
    });
    if (article.credit) head(article.credit);
  }
  return `${out.join('\n')}\n`;
}
