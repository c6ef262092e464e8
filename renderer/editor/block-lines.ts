import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The raw lines a block is made of: where it starts, then each break point inside it. */
export function blockLines(block: ProseMirrorNode): number[] {
  const lines: number[] = [];
  let startsWithBreak = false;
  block.forEach((child, offset) => {
    if (child.type.name !== 'breakPoint') return;
    if (offset === 0) startsWithBreak = true;
    lines.push(child.attrs.breakId as number);
  });
  const first = block.attrs.line as number | null | undefined;
  if (!startsWithBreak && first !== null && first !== undefined) lines.unshift(first);
  return lines;
}
