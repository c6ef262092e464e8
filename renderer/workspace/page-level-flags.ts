import type { Flag } from '../../core/model/page-analysis';
import type { DocBlock } from '../editor/blocks-from-doc';
import type { LiveFlag } from './live-flags';

/**
 * The engine's flags about the raw page rather than the cleaned text (columns an extractor set
 * side by side): they stand as long as the page does, in the block holding their line.
 */
export function pageLevelFlags(flags: readonly Flag[] | undefined, blocks: readonly DocBlock[], article: number): LiveFlag[] {
  return (flags ?? [])
    .filter((flag) => flag.kind === 'merged-columns' && flag.article === article)
    .map((flag) => ({ ...flag, block: Math.max(0, blocks.findIndex((block) => flag.line !== null && block.lines.includes(flag.line))), occurrence: 0 }));
}
