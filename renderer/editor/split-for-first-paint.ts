import type { JSONContent } from '@tiptap/core';

/** About two screens of text: what the editor shows before the rest of a long article is appended. */
export const FIRST_PAINT_CHARS = 3000;

function length(node: JSONContent): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + length(child), 0);
}

/** The document's first blocks up to `limit` characters, and the blocks after them. */
export function splitForFirstPaint(doc: JSONContent, limit = FIRST_PAINT_CHARS): { first: JSONContent; rest: JSONContent[] } {
  const blocks = doc.content ?? [];
  let total = 0;
  let cut = blocks.length;
  for (let index = 0; index < blocks.length; index++) {
    total += length(blocks[index]);
    if (total > limit) {
      cut = index + 1;
      break;
    }
  }
  return { first: { ...doc, content: blocks.slice(0, cut) }, rest: blocks.slice(cut) };
}
