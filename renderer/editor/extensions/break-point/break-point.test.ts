import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../article-extensions';
import { blocksForSave, docBlocks } from '../../blocks-from-doc';

const content = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { line: 3 },
      content: [
        { type: 'text', text: '该院第一党支部将加强党的组织建设' },
        { type: 'breakPoint', attrs: { breakId: 4, decision: 'join' } },
        { type: 'text', text: '作为基础性工程抓长抓常。' },
      ],
    },
    { type: 'paragraph', attrs: { line: 6 }, content: [{ type: 'breakPoint', attrs: { breakId: 6, decision: 'split' } }, { type: 'text', text: '完善学习机制。' }] },
  ],
};

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

describe('BreakPoint', () => {
  it('splits at the break and joins back, keeping free edits', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    editor.commands.insertContentAt(2, { type: 'text', text: '【改】' });
    expect(editor.commands.setBreakDecision(4, 'split')).toBe(true);
    expect(blocksForSave(editor.state.doc).map((block) => block.text)).toEqual(['该【改】院第一党支部将加强党的组织建设', '作为基础性工程抓长抓常。', '完善学习机制。']);
    expect(docBlocks(editor.state.doc).map((block) => block.lines)).toEqual([[3], [4], [6]]);
    expect(editor.commands.toggleBreakDecision(4)).toBe(true);
    expect(blocksForSave(editor.state.doc).map((block) => block.text)).toEqual(['该【改】院第一党支部将加强党的组织建设作为基础性工程抓长抓常。', '完善学习机制。']);
    expect(editor.commands.setBreakDecision(6, 'join')).toBe(true);
    expect(docBlocks(editor.state.doc)).toHaveLength(1);
    expect(docBlocks(editor.state.doc)[0].lines).toEqual([3, 4, 6]);
  });

  // Undo needs a mounted view; the e2e spec covers it.
  it('refuses breaks the document no longer has', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    expect(editor.commands.toggleBreakDecision(99)).toBe(false);
  });

  it('keeps caption and heading blocks apart from body text', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    editor.commands.setTextSelection(34);
    editor.commands.setCaption();
    expect(blocksForSave(editor.state.doc)[1].type).toBe('caption');
    editor.commands.setHeading({ level: 3 });
    expect(blocksForSave(editor.state.doc)[1].type).toBe('heading');
  });
});
