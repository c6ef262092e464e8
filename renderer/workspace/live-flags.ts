import { findTextFlags, missingFinalPunctuation } from '../../core/analysis/flags';
import type { Flag } from '../../core/model/page-analysis';
import type { DocBlock } from '../editor/blocks-from-doc';

export interface LiveFlag extends Flag {
  /** Index of the editor block it stands in. */
  block: number;
  /** Which occurrence of `text` in that block (两处“们们” in one paragraph are two flags). */
  occurrence: number;
}

/**
 * The engine's checks run over the cleaned text as it stands now, so a fixed
 * 们们 drops off the list and a new slip shows up.
 */
export function liveFlags(blocks: readonly DocBlock[], article: number): LiveFlag[] {
  const flags: LiveFlag[] = [];
  blocks.forEach((block, index) => {
    const seen = new Map<string, number>();
    for (const flag of findTextFlags(block.text, article, block.lines[0] ?? null)) {
      const occurrence = seen.get(flag.text) ?? 0;
      seen.set(flag.text, occurrence + 1);
      flags.push({ ...flag, block: index, occurrence });
    }
  });
  let last = -1;
  blocks.forEach((block, index) => {
    if (block.type === 'paragraph' && block.text.trim() !== '') last = index;
  });
  const missing = last >= 0 ? missingFinalPunctuation(blocks[last].text, article, blocks[last].lines.at(-1) ?? null) : null;
  if (missing) flags.push({ ...missing, block: last, occurrence: 0 });
  return flags;
}
