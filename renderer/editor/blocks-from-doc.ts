import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Block } from '../../core/model/page-doc';
import { blockLines } from './block-lines';

export interface DocBlock extends Block {
  lines: number[];
  /** Position of the block in the document. */
  pos: number;
}

export function docBlocks(doc: ProseMirrorNode): DocBlock[] {
  const blocks: DocBlock[] = [];
  doc.forEach((node, pos) => {
    const type = node.type.name === 'heading' ? 'heading' : node.type.name === 'caption' ? 'caption' : 'paragraph';
    blocks.push({ type, text: node.textContent, lines: blockLines(node), pos });
  });
  return blocks;
}

/** What the library stores: non-empty blocks, text only. */
export function blocksForSave(doc: ProseMirrorNode): Block[] {
  return docBlocks(doc)
    .filter((block) => block.text.trim() !== '')
    .map((block) => ({ type: block.type, text: block.text }));
}
