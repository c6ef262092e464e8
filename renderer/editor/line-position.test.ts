import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from './article-extensions';
import { linePosition } from './line-position';
import { selectionLines } from './selection-lines';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

const content = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3, line: 1 }, content: [{ type: 'text', text: '一、加强组织建设' }] },
    {
      type: 'paragraph',
      attrs: { line: 3 },
      content: [
        { type: 'text', text: '该院第一党支部将加强党的组织建设' },
        { type: 'breakPoint', attrs: { breakId: 4, decision: 'join' } },
        { type: 'text', text: '作为基础性工程抓长抓常，' },
        { type: 'breakPoint', attrs: { breakId: 5, decision: 'join' } },
        { type: 'text', text: '推动党支部工作全面进步。' },
      ],
    },
    { type: 'paragraph', attrs: { line: 6 }, content: [{ type: 'breakPoint', attrs: { breakId: 7, decision: 'split' } }, { type: 'text', text: '完善学习机制。' }] },
  ],
};

describe('linePosition', () => {
  it('puts a cursor on each raw line of the body: the editor reads the same line back from it', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    for (const line of [1, 3, 4, 5, 7]) {
      const position = linePosition(editor.state.doc, line);
      expect(position, `line ${line}`).not.toBeNull();
      editor.commands.setTextSelection(position!);
      const { from, to } = editor.state.selection;
      expect(selectionLines(editor.state.doc, from, to), `line ${line}`).toEqual([line]);
    }
  });

  it('lands at the start of the line’s own text', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    const doc = editor.state.doc;
    expect(doc.textBetween(linePosition(doc, 4)!, linePosition(doc, 4)! + 4)).toBe('作为基础');
    expect(doc.textBetween(linePosition(doc, 7)!, linePosition(doc, 7)! + 4)).toBe('完善学习');
  });

  it('finds no place for a line the body does not hold', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    expect(linePosition(editor.state.doc, 0)).toBeNull();
    expect(linePosition(editor.state.doc, 2)).toBeNull();
  });
});
