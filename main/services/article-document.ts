// The cleaned article as the store keeps it: fields, blocks, the TipTap
// document the editor opens, and the plain text that search indexes.
import type { ArticleFields } from '../../core/model/library';
import type { ArticleDoc, Block } from '../../core/model/page-doc';
import type { ArticleRow } from '../store/repositories/articles-repository';

export interface ArticleContentParts {
  fields: ArticleFields;
  blocks: Block[];
  doc: unknown;
  text: string;
}

interface TipTapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TipTapNode[];
  text?: string;
}

function textContent(text: string): TipTapNode[] {
  return text === '' ? [] : [{ type: 'text', text }];
}

/** Headings are level 3 (the page headline is the title field); captions are their own node type. */
export function blocksToDoc(blocks: readonly Block[]): TipTapNode {
  return {
    type: 'doc',
    content: blocks.map((block) =>
      block.type === 'heading'
        ? { type: 'heading', attrs: { level: 3 }, content: textContent(block.text) }
        : { type: block.type, content: textContent(block.text) },
    ),
  };
}

export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join('\n');
}

export function articleDocParts(article: ArticleDoc): ArticleContentParts {
  const blocks = article.blocks.map((block) => ({ type: block.type, text: block.text }));
  return {
    fields: { title: article.title, subtitle: article.subtitle, byline: article.byline, dateline: article.dateline, credit: article.credit },
    blocks,
    doc: blocksToDoc(blocks),
    text: blocksToText(blocks),
  };
}

/** The fields of a stored article row (or any row that selected them). */
export function fieldsOfRow(row: Pick<ArticleRow, 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit'>): ArticleFields {
  return { title: row.title, subtitle: row.subtitle, byline: row.byline, dateline: row.dateline, credit: row.credit };
}

export function blocksOfRow(row: Pick<ArticleRow, 'blocksJson'>): Block[] {
  return JSON.parse(row.blocksJson) as Block[];
}
