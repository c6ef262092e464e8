import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from './article-extensions';
import { selectionLines } from './selection-lines';

describe('selectionLines', () => {
  it('maps an editor range to the raw lines it covers', () => {
    const editor = new Editor({
      extensions: articleExtensions(),
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { line: 3 }, content: [{ type: 'text', text: '甲乙丙' }, { type: 'breakPoint', attrs: { breakId: 4 } }, { type: 'text', text: '丁戊' }] },
          { type: 'paragraph', attrs: { line: 6 }, content: [{ type: 'breakPoint', attrs: { breakId: 6, decision: 'split' } }, { type: 'text', text: '己庚' }] },
        ],
      },
    });
    expect(selectionLines(editor.state.doc, 2, 3)).toEqual([3]);
    expect(selectionLines(editor.state.doc, 6, 7)).toEqual([4]);
    expect(selectionLines(editor.state.doc, 2, 11)).toEqual([3, 4, 6]);
    editor.destroy();
  });
});
