import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { RuleResult } from '../../core/normalize/rule-result';
import { docText, textPieces, textRange } from '../editor/doc-text';
import { hunks } from './rebase-changes';

/** A change in document positions: [from, to) becomes `text`. */
export interface DocEdit {
  from: number;
  to: number;
  text: string;
}

/**
 * What one normalization rule would change in the body as it stands, block by block with
 * break points looked through (a space either side of a break is still seen). The panel's count
 * and the apply button both come from here, so a count the editor sees is a change apply makes.
 */
export function ruleEdits(doc: ProseMirrorNode, apply: (text: string) => RuleResult): { edits: DocEdit[]; changes: number } {
  const whole = docText(doc);
  const edits: DocEdit[] = [];
  let changes = 0;
  let offset = 0;
  for (const block of whole.text.split('\n')) {
    const result = apply(block);
    if (result.changes > 0 && result.text !== block) {
      changes += result.changes;
      for (const hunk of hunks(block, result.text)) edits.push(...placeHunk(whole, offset + hunk.start, offset + hunk.end, hunk.text));
    }
    offset += block.length + 1;
  }
  return { edits, changes };
}

/** A text change as document edits: the new text in the first stretch, the stretches beyond a break point emptied. */
function placeHunk(whole: ReturnType<typeof docText>, from: number, to: number, text: string): DocEdit[] {
  if (to === from) {
    const point = textRange(whole, from, to);
    return point ? [{ ...point, text }] : [];
  }
  const pieces = textPieces(whole, from, to) ?? [];
  return pieces.map((piece, index) => ({ ...piece, text: index === 0 ? text : '' }));
}
