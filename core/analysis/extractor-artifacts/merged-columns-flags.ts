import type { Flag, LinePlacement } from '../../model/page-analysis';
import type { MergedColumnsNote } from './merged-columns';

/** One flag per place where columns stood side by side: taken apart, or only suspected. */
export function mergedColumnsFlags(notes: readonly MergedColumnsNote[], lines: readonly string[]): Flag[] {
  return notes.map((note) => ({
    kind: 'merged-columns',
    article: -1,
    line: note.from,
    text: (lines[note.from] ?? '').trim().slice(0, 12),
    message: note.split
      ? `第${note.from + 1}–${note.to + 1}行原为两栏并排（提取工具所致），已拆开，先读左栏再读右栏，请核对`
      : `第${note.from + 1}–${note.to + 1}行疑似两栏并排合成一行（提取工具所致），未能确定分栏位置，未作拆分，请对照原版核对`,
  }));
}

/**
 * The engine's page-level flags (merged columns) outlive re-assembly: they come from the raw
 * lines, not from the cleaned text. Each is given to the article its line now belongs to.
 */
export function carryPageFlags(flags: readonly Flag[], placements: readonly LinePlacement[]): Flag[] {
  const articleOf = new Map(placements.map((placement) => [placement.line, placement.article]));
  return flags.filter((flag) => flag.kind === 'merged-columns').map((flag) => ({ ...flag, article: flag.line === null ? -1 : articleOf.get(flag.line) ?? -1 }));
}
