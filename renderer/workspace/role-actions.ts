// "This block is the headline / subtitle / byline / dateline / credit / caption /
// furniture / body text": the toolbar's 设为 menu and the context menu. A field
// role takes the block's text into the field; a value the field had before
// goes back into the body where the block stood, so nothing is lost.
import type { JSONContent } from '@tiptap/core';
import type { LineRole } from '../../core/model/page-analysis';
import type { ArticleField } from '../../core/model/page-doc';
import { docBlocks } from '../editor/blocks-from-doc';
import { overridesChanged, setField, useArticleSession } from '../stores/article-session-store';
import { datelinePrefix } from './dateline-prefix';
import { markBlock } from './review-actions';
import { splitArticleAt } from './structure-actions';

export type BlockRole = Extract<LineRole, 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit' | 'heading' | 'caption' | 'paragraph' | 'furniture'>;

const get = useArticleSession.getState;

/** Puts the caret in body block `index`, so the keyboard's block actions and these agree on which block. */
export function selectBlock(index: number): boolean {
  const editor = get().editor;
  const block = editor ? docBlocks(editor.state.doc)[index] : undefined;
  if (!editor || !block) return false;
  editor.chain().focus().setTextSelection(block.pos + 1).run();
  return true;
}

/** The body block that holds raw line `line`, or -1. */
export function blockOfLine(line: number): number {
  const editor = get().editor;
  return editor ? docBlocks(editor.state.doc).findIndex((block) => block.lines.includes(line)) : -1;
}

export async function assignRole(index: number, role: BlockRole): Promise<void> {
  if (!selectBlock(index)) return;
  if (role === 'heading' || role === 'caption' || role === 'paragraph' || role === 'furniture') return markBlock(role);
  const { fields } = get();
  // A headline further down starts the article it heads, as in print.
  if (role === 'title' && fields.title.trim() !== '' && index > 0) return splitArticleAt(index, true);
  if (role === 'dateline' && takeLeadingDateline(index)) return;
  takeIntoField(index, role);
}

/** A paragraph that opens with its dateline gives only those words to the field; the rest stays. */
function takeLeadingDateline(index: number): boolean {
  const { editor, fields } = get();
  const block = editor ? docBlocks(editor.state.doc)[index] : undefined;
  const found = block ? datelinePrefix(block.text) : null;
  if (!editor || !block || !found) return false;
  const previous = fields.dateline?.trim() ? `${fields.dateline}` : '';
  // Text positions inside the block: break points are atoms of size one, so count characters through the nodes.
  const from = block.pos + 1;
  let to = from;
  let left = found.length;
  editor.state.doc.child(index).forEach((child) => {
    if (left <= 0) return;
    if (child.isText) {
      const taken = Math.min(left, child.text!.length);
      to += taken;
      left -= taken;
    } else to += child.nodeSize;
  });
  // The dateline the article had stays in the body, as its own paragraph before this one.
  const chain = editor.chain().focus().deleteRange({ from, to });
  if (previous) chain.insertContentAt(block.pos, { type: 'paragraph', content: [{ type: 'text', text: previous }] });
  chain.run();
  setField('dateline', found.dateline);
  return true;
}

function takeIntoField(index: number, field: ArticleField): void {
  const { editor, fields, overrides, page, articleIndex } = get();
  const block = editor ? docBlocks(editor.state.doc)[index] : undefined;
  if (!editor || !block) return;
  const previous = fields[field];
  const node = editor.state.doc.child(index);
  const replacement: JSONContent | null = previous && previous.trim() !== '' ? { type: field === 'title' ? 'heading' : 'paragraph', attrs: field === 'title' ? { level: 3 } : {}, content: [{ type: 'text', text: previous }] } : null;
  const range = { from: block.pos, to: block.pos + node.nodeSize };
  if (replacement) editor.chain().focus().insertContentAt(range, replacement).run();
  else editor.chain().focus().deleteRange(range).run();
  setField(field, block.text);
  // For the engine a headline line opens an article: it is told only when that is what happened
  // (the first block of an article that had none); other headline changes stay the editor's own.
  if (field === 'title' && (index > 0 || replacement)) return;
  const roles: Record<string, LineRole> = { ...overrides.roles };
  // The lines that made the old value are body text now, for the engine as in the editor.
  for (const placement of page?.analysis.placements ?? []) if (placement.article === articleIndex && placement.role === field) roles[placement.line] = 'paragraph';
  for (const line of block.lines) roles[line] = field;
  overridesChanged({ ...overrides, roles });
}
