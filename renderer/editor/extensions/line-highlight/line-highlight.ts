import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockLines } from '../../block-lines';

interface HighlightState {
  lines: ReadonlySet<number>;
  breakId: number | null;
  decorations: DecorationSet;
}

export const lineHighlightKey = new PluginKey<HighlightState>('lineHighlight');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lineHighlight: {
      /** Highlights the blocks made of any of these raw lines (the other pane's selection). */
      highlightLines: (lines: readonly number[]) => ReturnType;
      /** Marks the break under review. */
      markCurrentBreak: (breakId: number | null) => ReturnType;
    };
  }
}

function decorate(doc: ProseMirrorNode, lines: ReadonlySet<number>, breakId: number | null): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => {
    if (lines.size && blockLines(block).some((line) => lines.has(line))) decorations.push(Decoration.node(offset, offset + block.nodeSize, { class: 'synced' }));
    if (breakId === null) return;
    block.forEach((child, childOffset) => {
      if (child.type.name === 'breakPoint' && child.attrs.breakId === breakId) {
        const from = offset + 1 + childOffset;
        decorations.push(Decoration.node(from, from + child.nodeSize, { class: 'current-break' }));
      }
    });
  });
  return DecorationSet.create(doc, decorations);
}

export const LineHighlight = Extension.create({
  name: 'lineHighlight',

  addCommands() {
    return {
      highlightLines:
        (lines) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lineHighlightKey, { lines: new Set(lines) }).setMeta('addToHistory', false);
          return true;
        },
      markCurrentBreak:
        (breakId) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lineHighlightKey, { breakId }).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: lineHighlightKey,
        state: {
          init: () => ({ lines: new Set(), breakId: null, decorations: DecorationSet.empty }),
          apply(tr, previous) {
            const change = tr.getMeta(lineHighlightKey) as Partial<Pick<HighlightState, 'lines' | 'breakId'>> | undefined;
            if (!change) return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
            const lines = change.lines ?? previous.lines;
            const breakId = change.breakId !== undefined ? change.breakId : previous.breakId;
            return { lines, breakId, decorations: decorate(tr.doc, lines, breakId) };
          },
        },
        props: {
          decorations(state) {
            return lineHighlightKey.getState(state)?.decorations;
          },
        },
      }),
    ];
  },
});
