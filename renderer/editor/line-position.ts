import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Where raw line `line` starts in the body: a block's start, or just after the
 * break point it follows (after it, so a cursor there is on this line and not
 * the one the break ends); null for a line the body does not hold (a field's).
 */
export function linePosition(doc: ProseMirrorNode, line: number): number | null {
  let found: number | null = null;
  doc.forEach((block, offset) => {
    if (found !== null) return;
    const startsWithBreak = block.firstChild?.type.name === 'breakPoint';
    if (block.attrs.line === line && !startsWithBreak) found = offset + 1;
    block.forEach((child, childOffset) => {
      if (found === null && child.type.name === 'breakPoint' && child.attrs.breakId === line) found = offset + 1 + childOffset + child.nodeSize;
    });
  });
  return found;
}
