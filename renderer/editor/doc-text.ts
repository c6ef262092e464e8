import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface DocText {
  /** The blocks' text joined by '\n'; break points and other atoms add nothing. */
  text: string;
  /** The document position of each UTF-16 unit of `text`; -1 for the joins between blocks. */
  positions: number[];
}

export function docText(doc: ProseMirrorNode): DocText {
  let text = '';
  const positions: number[] = [];
  doc.forEach((block, blockPos, index) => {
    if (index > 0) {
      text += '\n';
      positions.push(-1);
    }
    block.descendants((node, pos) => {
      if (!node.isText || !node.text) return;
      const start = blockPos + 1 + pos;
      text += node.text;
      for (let offset = 0; offset < node.text.length; offset++) positions.push(start + offset);
    });
  });
  return { text, positions };
}

/**
 * The document range of text offsets [from, to), or null when it is not one stretch
 * of text in one block (it crosses a block join or an atom such as a break point).
 */
export function textRange(docText: DocText, from: number, to: number): { from: number; to: number } | null {
  if (to > from) {
    const pieces = textPieces(docText, from, to);
    return pieces?.length === 1 ? pieces[0] : null;
  }
  const { text, positions } = docText;
  // An insertion: right after the character before it, else right before the one after it.
  if (from > 0 && text[from - 1] !== '\n') return { from: positions[from - 1] + 1, to: positions[from - 1] + 1 };
  if (from < text.length && text[from] !== '\n') return { from: positions[from], to: positions[from] };
  return null;
}

/**
 * The stretches of text that make up text offsets [from, to) within one block, split where an
 * atom (a break point) stands between characters; null when the range crosses a block join.
 */
export function textPieces({ text, positions }: DocText, from: number, to: number): Array<{ from: number; to: number }> | null {
  if (to <= from) return null;
  const pieces: Array<{ from: number; to: number }> = [];
  for (let offset = from; offset < to; offset++) {
    if (text[offset] === '\n' || positions[offset] < 0) return null;
    const last = pieces[pieces.length - 1];
    if (last && last.to === positions[offset]) last.to++;
    else pieces.push({ from: positions[offset], to: positions[offset] + 1 });
  }
  return pieces;
}
