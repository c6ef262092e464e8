import { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from './article-extensions';
import { blocksForSave } from './blocks-from-doc';
import { docText } from './doc-text';
import { findBreakPoint } from './extensions/break-point/break-point';
import { findMatches, replaceMatch } from './find-matches';

// 党建品 / 牌: a word cut by a line break the editor joined, with its break point between.
const content = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '打造党建品' }, { type: 'breakPoint', attrs: { breakId: 4, decision: 'join' } }, { type: 'text', text: '牌，党建引领AI辅助。' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '党建工作。品' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '牌子。' }] },
  ],
};

// Commands and highlights need a mounted editor: e2e/editor-find.spec.ts covers them.
let editor: Editor | null = null;
afterEach(() => editor?.destroy());

describe('findMatches', () => {
  it('finds a word across a joined line break, case aside, never across paragraphs', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    const text = docText(editor.state.doc);
    expect(findMatches(text, '品牌')).toHaveLength(1);
    expect(findMatches(text, '品牌')[0].pieces).toHaveLength(2);
    expect(findMatches(text, '党建')).toHaveLength(3);
    expect(findMatches(text, 'ai')).toHaveLength(1);
    expect(findMatches(text, '')).toHaveLength(0);
  });

  it('replaces a match split by a break point where it began, and keeps the break point', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    const state = EditorState.create({ doc: editor.state.doc });
    const [match] = findMatches(docText(state.doc), '品牌');
    const tr = state.tr;
    replaceMatch(tr, match, '新品牌');
    const doc = state.apply(tr).doc;
    expect(blocksForSave(doc)[0].text).toBe('打造党建新品牌，党建引领AI辅助。');
    expect(findBreakPoint(doc, 4)).not.toBeNull();
  });

  it('replaces every match when applied from the last to the first', () => {
    editor = new Editor({ extensions: articleExtensions(), content });
    const state = EditorState.create({ doc: editor.state.doc });
    const tr = state.tr;
    for (const match of findMatches(docText(state.doc), '党建').reverse()) replaceMatch(tr, match, '');
    expect(blocksForSave(state.apply(tr).doc).map((block) => block.text)).toEqual(['打造品牌，引领AI辅助。', '工作。品', '牌子。']);
  });
});
