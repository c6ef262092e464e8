// Merging two articles of a page into one, as documents: nothing of the second
// is dropped. Its headline, subtitle, byline, dateline and credit fill the
// first article's empty fields, else become blocks of the body where they stood
// in print, so the editor sees them and can give them another role.
import type { JSONContent } from '@tiptap/core';
import type { ArticleFields } from '../../core/model/library';
import type { ArticleField } from '../../core/model/page-doc';

export interface MergeSide {
  fields: ArticleFields;
  /** The body's blocks, as the editor's JSON. */
  content: JSONContent[];
}

/** Where each field of the second article begins in the raw page, so its block keeps its line. */
export type FieldLines = Partial<Record<ArticleField, number>>;

/** What became of one field of the second article: a field of the merged one, or body block `block` (0-based). */
export type MergeNote = { field: ArticleField; into: 'field' } | { field: ArticleField; into: 'block'; block: number };

export interface MergeResult extends MergeSide {
  notes: MergeNote[];
}

const HEAD_FIELDS: readonly ArticleField[] = ['title', 'subtitle', 'byline', 'dateline'];

function isEmpty(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

function fieldBlock(field: ArticleField, text: string, line: number | undefined): JSONContent {
  const content = [{ type: 'text', text }];
  return field === 'title' ? { type: 'heading', attrs: { level: 3, line: line ?? null }, content } : { type: 'paragraph', attrs: { line: line ?? null }, content };
}

export function mergeArticles(first: MergeSide, second: MergeSide, secondLines: FieldLines = {}): MergeResult {
  const fields: ArticleFields = { ...first.fields };
  const notes: MergeNote[] = [];
  const head: JSONContent[] = [];
  const tail: JSONContent[] = [];
  const place = (field: ArticleField, into: JSONContent[]) => {
    const text = second.fields[field];
    if (isEmpty(text)) return;
    if (isEmpty(fields[field])) {
      (fields as Record<ArticleField, string | null>)[field] = text;
      notes.push({ field, into: 'field' });
      return;
    }
    into.push(fieldBlock(field, text!, secondLines[field]));
    notes.push({ field, into: 'block', block: -1 });
  };
  for (const field of HEAD_FIELDS) place(field, head);
  place('credit', tail);

  const body = first.content.filter((node) => !isBlank(node));
  const secondBody = second.content.filter((node) => !isBlank(node));
  const content = [...body, ...head, ...secondBody, ...tail];
  // Block numbers are known once the merged body is laid out: head fields after the first body, the credit at the end.
  let headIndex = body.length;
  const creditIndex = content.length - tail.length;
  const numbered = notes.map((note): MergeNote => (note.into === 'field' ? note : { ...note, block: note.field === 'credit' ? creditIndex : headIndex++ }));
  return { fields, content: content.length ? content : [{ type: 'paragraph' }], notes: numbered };
}

/** Every piece of text of one article: its fields, then its blocks. */
export function articleTexts(side: MergeSide): string[] {
  const fieldTexts = (Object.values(side.fields) as Array<string | null>).filter((text): text is string => !isEmpty(text));
  return [...fieldTexts, ...side.content.map(nodeText).filter((text) => text !== '')];
}

export function nodeText(node: JSONContent): string {
  return node.text ?? (node.content ?? []).map(nodeText).join('');
}

function isBlank(node: JSONContent): boolean {
  return nodeText(node).trim() === '' && !(node.content ?? []).some((child) => child.type === 'breakPoint');
}
