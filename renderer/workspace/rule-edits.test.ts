import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { removeCjkSpacing } from '../../core/normalize/cjk-spacing';
import { closeLetterSpacing } from '../../core/normalize/letter-spacing';
import type { RuleResult } from '../../core/normalize/rule-result';
import { articleExtensions } from '../editor/article-extensions';
import { blocksForSave } from '../editor/blocks-from-doc';
import { ruleEdits } from './rule-edits';

// Letter-spaced text with a joined break point in the middle of it, where the line ended.
const content = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { line: 0 },
      content: [
        { type: 'text', text: '“ 这 ⾥ 是 ' },
        { type: 'breakPoint', attrs: { breakId: 1, decision: 'join' } },
        { type: 'text', text: '我 们 的 家 ”，共 12 项' },
      ],
    },
  ],
};

/** Letter-spacing, then the other spaces: the two spacing rules in the order they run. */
function closeSpacing(text: string): RuleResult {
  const letters = closeLetterSpacing(text);
  const rest = removeCjkSpacing(letters.text);
  return { text: rest.text, changes: letters.changes + rest.changes };
}

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

describe('ruleEdits', () => {
  it('counts what it changes, across a break point, and nothing once those changes are made', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    const pending = ruleEdits(editor.state.doc, closeSpacing);
    expect(pending.changes).toBe(10);
    const { tr } = editor.state;
    for (const edit of pending.edits.reverse()) {
      if (edit.text) tr.insertText(edit.text, edit.from, edit.to);
      else tr.delete(edit.from, edit.to);
    }
    editor.view.dispatch(tr);
    expect(blocksForSave(editor.state.doc).map((block) => block.text)).toEqual(['“这⾥是我们的家”，共12项']);
    expect(ruleEdits(editor.state.doc, closeSpacing)).toEqual({ edits: [], changes: 0 });
    // The break point is still there, between 是 and 我.
    expect(editor.state.doc.firstChild?.child(1).type.name).toBe('breakPoint');
  });
});
