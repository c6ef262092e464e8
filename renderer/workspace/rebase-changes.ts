import { charDiff } from './char-diff';

/** A replacement in the current text: characters [from, to) become `text`. */
export interface Replacement {
  from: number;
  to: number;
  text: string;
}

export interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** base → target as replacements of base ranges, in order (offsets count UTF-16 units). */
export function hunks(base: string, target: string): Hunk[] {
  const result: Hunk[] = [];
  let offset = 0;
  let open: Hunk | null = null;
  for (const op of charDiff(base, target)) {
    if (op.kind === 'equal') {
      if (open) result.push(open);
      open = null;
      offset += op.text.length;
      continue;
    }
    open ??= { start: offset, end: offset, text: '' };
    if (op.kind === 'delete') {
      offset += op.text.length;
      open.end = offset;
    } else open.text += op.text;
  }
  if (open) result.push(open);
  return result;
}

/**
 * For each base offset, where the same character stands in `current`, or -1 where
 * the editor changed it. One more entry maps the end of base.
 */
function unchangedOffsets(base: string, current: string): Int32Array {
  const map = new Int32Array(base.length + 1).fill(-1);
  let from = 0;
  let to = 0;
  let lastWasEqual = true;
  for (const op of charDiff(base, current)) {
    if (op.kind === 'equal') {
      for (let index = 0; index < op.text.length; index++) map[from + index] = to + index;
      from += op.text.length;
      to += op.text.length;
    } else if (op.kind === 'delete') from += op.text.length;
    else to += op.text.length;
    lastWasEqual = op.kind === 'equal';
  }
  if (lastWasEqual) map[base.length] = current.length;
  return map;
}

/**
 * Carries the change base → target over to `current`, a copy of base the editor has
 * since edited freely: every part of the change whose surroundings the editor left
 * alone is applied there, and the parts that touch an edit are kept as the editor
 * has them (counted in `kept`). Reverting a normalization rule this way undoes the
 * rule's own changes without replacing the editor's.
 */
export function rebaseChanges(base: string, target: string, current: string): { replacements: Replacement[]; kept: number } {
  const map = unchangedOffsets(base, current);
  const replacements: Replacement[] = [];
  let kept = 0;
  for (const hunk of hunks(base, target)) {
    // The characters replaced, and one on each side (or the text's end) to anchor an insertion.
    let untouched = true;
    for (let index = Math.max(0, hunk.start - 1); index <= Math.min(base.length, hunk.end); index++) {
      if (map[index] < 0) untouched = false;
    }
    // Within the range the editor must not have inserted anything either.
    if (untouched && hunk.end > hunk.start && map[hunk.end] - map[hunk.start] !== hunk.end - hunk.start) untouched = false;
    if (untouched && hunk.start > 0 && map[hunk.start] - map[hunk.start - 1] !== 1) untouched = false;
    if (!untouched) {
      kept++;
      continue;
    }
    replacements.push({ from: map[hunk.start], to: map[hunk.start] + (hunk.end - hunk.start), text: hunk.text });
  }
  return { replacements, kept };
}
