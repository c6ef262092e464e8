// The region a set of raw lines covers on the printed page (an article, a
// paragraph): their boxes merged into as few rectangles as the layout allows,
// one per run of lines stacked in a column, so an article set over three columns
// shows as three blocks and not one rectangle over its neighbours too.
import type { LineBox } from '../model/page-geometry';

export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines a column apart are never merged; within a column the leading between lines is about half a line, a paragraph gap about one. */
const GAP_IN_LINE_HEIGHTS = 1.6;
/** Two boxes share a column when the narrower one overlaps the other by more than this share of its width. */
const COLUMN_OVERLAP = 0.5;

function horizontalOverlap(a: PageRect, b: PageRect): number {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
}

function union(a: PageRect, b: PageRect): PageRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The boxes of `lines` merged column by column, top to bottom; lines with no box (blank lines) are skipped. */
export function lineRegion(boxes: readonly LineBox[], lines: Iterable<number>): PageRect[] {
  const wanted = new Set(lines);
  const chosen = boxes.filter((box) => wanted.has(box.line)).sort((a, b) => a.y - b.y || a.x - b.x);
  const rects: Array<PageRect & { lineHeight: number }> = [];
  for (const box of chosen) {
    const into = rects.find((rect) => {
      const overlap = horizontalOverlap(rect, box);
      const gap = box.y - (rect.y + rect.height);
      return overlap > COLUMN_OVERLAP * Math.min(rect.width, box.width) && gap <= GAP_IN_LINE_HEIGHTS * Math.max(rect.lineHeight, box.height);
    });
    if (into) Object.assign(into, union(into, box), { lineHeight: Math.max(into.lineHeight, box.height) });
    else rects.push({ x: box.x, y: box.y, width: box.width, height: box.height, lineHeight: box.height });
  }
  return rects.map(({ x, y, width, height }) => ({ x, y, width, height }));
}
