// articles:save checks the editor's document against core/api/article-doc-schema.ts.
// The editor and that schema must agree: every document this editor produces is
// accepted, and a node or mark type added to the editor fails here first
// instead of making every save of the editor's documents fail.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleDocSchema } from '../../core/api/article-doc-schema';
import { articleExtensions } from './article-extensions';

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
        { type: 'text', text: '作为基础性工程抓长抓常。' },
      ],
    },
    { type: 'paragraph', attrs: { line: 6 }, content: [{ type: 'breakPoint', attrs: { breakId: 6, decision: 'split' } }, { type: 'text', text: '完善学习机制。' }] },
    { type: 'caption', attrs: { line: 8 }, content: [{ type: 'text', text: '图为学习现场。' }] },
  ],
};

describe('the article document schema and the editor', () => {
  it('knows exactly the node and mark types the editor has', () => {
    editor = new Editor({ extensions: articleExtensions(), content: { type: "doc", content: [{ type: "paragraph" }] } });
    expect(Object.keys(editor.schema.nodes).sort()).toEqual(['breakPoint', 'caption', 'doc', 'heading', 'paragraph', 'text']);
    expect(Object.keys(editor.schema.marks).sort()).toEqual(['bold', 'italic']);
  });

  it('accepts the documents the editor produces: empty, loaded, edited, marked, split', () => {
    editor = new Editor({ extensions: articleExtensions(), content: { type: "doc", content: [{ type: "paragraph" }] } });
    expect(articleDocSchema.safeParse(editor.getJSON()).error).toBeUndefined();
    editor.commands.setContent(content);
    expect(articleDocSchema.safeParse(editor.getJSON()).error).toBeUndefined();
    editor.chain().setTextSelection({ from: 3, to: 6 }).toggleBold().toggleItalic().run();
    editor.commands.setBreakDecision(4, 'split');
    editor.commands.setBreakDecision(6, 'join');
    editor.chain().setTextSelection(30).splitBlock().insertContent({ type: 'text', text: '新段落' }).setCaption().run();
    editor.chain().setTextSelection(2).setNode('paragraph').run();
    editor.chain().setTextSelection(2).setNode('heading', { level: 3 }).run();
    const edited = editor.getJSON();
    for (const name of ['"bold"', '"italic"', '"caption"', '"heading"', '"breakPoint"']) expect(JSON.stringify(edited)).toContain(name);
    expect(articleDocSchema.safeParse(edited).error).toBeUndefined();
  });
});
