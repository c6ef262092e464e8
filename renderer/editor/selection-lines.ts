import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The raw lines whose text the range [from, to] touches, read from the blocks' start lines and break points. */
export function selectionLines(doc: ProseMirrorNode, from: number, to: number): number[] {
  const lines: number[] = [];
  doc.forEach((block, offset) => {
    const start = offset + 1;
    const end = offset + block.nodeSize - 1;
    if (end < from || start > to) return;
    let line = (block.attrs.line as number | null) ?? null;
    let segmentStart = start;
    const touch = (segmentEnd: number) => {
      if (line !== null && segmentEnd >= from && segmentStart <= to && !lines.includes(line)) lines.push(line);
    };
    block.forEach((child, childOffset) => {
      if (child.type.name !== 'breakPoint') return;
      const at = start + childOffset;
      if (at > segmentStart) touch(at);
      line = child.attrs.breakId as number;
      segmentStart = at;
    });
    touch(end);
  });
  return lines;
}
