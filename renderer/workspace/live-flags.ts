import { findTextFlags, missingFinalPunctuation } from '../../core/analysis/flags';
import type { Flag } from '../../core/model/page-analysis';
import type { DocBlock } from '../editor/blocks-from-doc';

export interface LiveFlag extends Flag {
  /** Index of the editor block it stands in. */
  block: number;
}

/**
 * The engine's checks run over the cleaned text as it stands now, so a fixed
 * 们们 drops off the list and a new slip shows up.
 */
export function liveFlags(blocks: readonly DocBlock[], article: number): LiveFlag[] {
  const flags: LiveFlag[] = [];
  blocks.forEach((block, index) => {
    for (const flag of findTextFlags(block.text, article, block.lines[0] ?? null)) flags.push({ ...flag, block: index });
  });
  let last = -1;
  blocks.forEach((block, index) => {
    if (block.type === 'paragraph' && block.text.trim() !== '') last = index;
  });
  const missing = last >= 0 ? missingFinalPunctuation(blocks[last].text, article, blocks[last].lines.at(-1) ?? null) : null;
  if (missing) flags.push({ ...missing, block: last });
  return flags;
}
