// A new article cut from the body opens with the paragraph that carries its
// dateline (新华网武汉7月8日电记者…). The engine's assembly of the new article has
// found it; the editor's copy of that paragraph still holds it. Taken out of
// the paragraph here, it is not in the field and the body twice.
import type { JSONContent } from '@tiptap/core';
import { nodeText } from './merge-articles';

/** Removes the first `count` characters of text from a block, break points kept. */
function dropLeadingCharacters(block: JSONContent, count: number): JSONContent {
  let left = count;
  const content: JSONContent[] = [];
  for (const child of block.content ?? []) {
    if (left > 0 && child.type === 'text' && child.text) {
      const rest = child.text.slice(left);
      left = Math.max(0, left - child.text.length);
      if (rest) content.push({ ...child, text: rest });
    } else content.push(child);
  }
  return { ...block, content };
}

/**
 * `engineFirst` is the text of the first body block as the engine assembled the new
 * article, after it took `dateline` out. When the editor's first block is that text
 * with the dateline in front, the dateline goes; otherwise (the editor changed that
 * paragraph) the body stays as it is and the dateline is not taken.
 */
export function takeLeadingDateline(content: JSONContent[], engineFirst: string | undefined, dateline: string | null): { content: JSONContent[]; dateline: string | null } {
  const [first, ...rest] = content;
  if (!first || !dateline || engineFirst === undefined) return { content, dateline: null };
  const text = nodeText(first);
  const prefix = text.slice(0, text.length - engineFirst.length);
  if (!text.endsWith(engineFirst) || prefix.trim() === '' || !prefix.includes(dateline.trim().slice(0, 2))) return { content, dateline: null };
  const remaining = dropLeadingCharacters(first, prefix.length);
  return { content: nodeText(remaining).trim() === '' ? rest : [remaining, ...rest], dateline };
}
