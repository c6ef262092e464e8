import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BreakChoice } from '../../../../core/model/page-analysis';

export interface BreakPointOptions {
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    breakPoint: {
      /** Splits the block at the break (分段) or joins it onto the previous block (接续). */
      setBreakDecision: (breakId: number, decision: BreakChoice) => ReturnType;
      toggleBreakDecision: (breakId: number) => ReturnType;
    };
  }
}

/** Where the break point node with `breakId` stands, if the document still has it. */
export function findBreakPoint(doc: ProseMirrorNode, breakId: number): { pos: number; node: ProseMirrorNode } | null {
  let found: { pos: number; node: ProseMirrorNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'breakPoint' && node.attrs.breakId === breakId) {
      found = { pos, node };
      return false;
    }
    return node.isBlock;
  });
  return found;
}

/**
 * An invisible inline marker where a raw line began. It carries the break id, so
 * toggling a break after free edits splits or joins exactly there and keeps the
 * edits; with decision `split` it sits at the start of its block.
 */
export const BreakPoint = Node.create<BreakPointOptions>({
  name: 'breakPoint',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  draggable: false,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      breakId: { default: null, parseHTML: (element) => Number(element.getAttribute('data-break-id')), renderHTML: (attributes) => ({ 'data-break-id': attributes.breakId }) },
      decision: { default: 'join', parseHTML: (element) => element.getAttribute('data-decision') ?? 'join', renderHTML: (attributes) => ({ 'data-decision': attributes.decision }) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-break-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { class: 'break-point', contenteditable: 'false' })];
  },

  renderText() {
    return '';
  },

  addCommands() {
    return {
      setBreakDecision:
        (breakId, decision) =>
        ({ tr, state, dispatch }) => {
          const found = findBreakPoint(state.doc, breakId);
          if (!found) return false;
          const $pos = state.doc.resolve(found.pos);
          const atBlockStart = $pos.parentOffset === 0;
          if (decision === 'split' && !atBlockStart) {
            if (dispatch) tr.split(found.pos).setNodeMarkup(tr.mapping.map(found.pos), undefined, { ...found.node.attrs, decision });
            return true;
          }
          if (decision === 'join' && atBlockStart) {
            const blockStart = $pos.before();
            if ($pos.index($pos.depth - 1) === 0) return false;
            if (dispatch) tr.join(blockStart).setNodeMarkup(tr.mapping.map(found.pos), undefined, { ...found.node.attrs, decision });
            return true;
          }
          if (found.node.attrs.decision === decision) return true;
          if (dispatch) tr.setNodeMarkup(found.pos, undefined, { ...found.node.attrs, decision });
          return true;
        },
      toggleBreakDecision:
        (breakId) =>
        ({ state, commands }) => {
          const found = findBreakPoint(state.doc, breakId);
          if (!found) return false;
          const atBlockStart = state.doc.resolve(found.pos).parentOffset === 0;
          return commands.setBreakDecision(breakId, atBlockStart ? 'join' : 'split');
        },
    };
  },
});
