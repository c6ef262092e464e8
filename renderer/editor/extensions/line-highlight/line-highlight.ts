import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockLines } from '../../block-lines';

export const lineHighlightKey = new PluginKey<DecorationSet>('lineHighlight');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lineHighlight: {
      /** Highlights the blocks made of any of these raw lines (the other pane's selection). */
      highlightLines: (lines: readonly number[]) => ReturnType;
    };
  }
}

export const LineHighlight = Extension.create({
  name: 'lineHighlight',

  addCommands() {
    return {
      highlightLines:
        (lines) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lineHighlightKey, new Set(lines)).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: lineHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, previous) {
            const wanted = tr.getMeta(lineHighlightKey) as Set<number> | undefined;
            if (!wanted) return previous.map(tr.mapping, tr.doc);
            const decorations: Decoration[] = [];
            tr.doc.forEach((block, offset) => {
              if (blockLines(block).some((line) => wanted.has(line))) decorations.push(Decoration.node(offset, offset + block.nodeSize, { class: 'synced' }));
            });
            return DecorationSet.create(tr.doc, decorations);
          },
        },
        props: {
          decorations(state) {
            return lineHighlightKey.getState(state);
          },
        },
      }),
    ];
  },
});
