// Which raw line a point on the printed page stands on: what a click on the page
// view means. Pure geometry over the page's line boxes (core/model/page-geometry.ts).
import type { LineBox } from '../model/page-geometry';

/**
 * How far from a box, in line heights, a click still counts as that line's: a
 * click in the leading between two lines, or a hair beside a short last line,
 * means the line nearest to it, but one in a margin or a picture means none.
 */
const REACH_IN_LINE_HEIGHTS = 0.75;

function distance(box: LineBox, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The raw line index at (x, y), in PDF points from the page's top-left; null when
 * no line is near. Where boxes overlap (a headline's box over a column's), the
 * smallest box holding the point wins: it is the more specific line.
 */
export function lineAtPoint(boxes: readonly LineBox[], x: number, y: number): number | null {
  let best: LineBox | null = null;
  let bestArea = Infinity;
  for (const box of boxes) {
    if (distance(box, x, y) > 0) continue;
    const area = box.width * box.height;
    if (area < bestArea) {
      best = box;
      bestArea = area;
    }
  }
  if (best) return best.line;
  let nearest: LineBox | null = null;
  let nearestScore = Infinity;
  for (const box of boxes) {
    // Measured in this box's own line heights, so small type is not out-reached by a headline.
    const score = distance(box, x, y) / Math.max(box.height, 1);
    if (score < nearestScore) {
      nearest = box;
      nearestScore = score;
    }
  }
  return nearest && nearestScore <= REACH_IN_LINE_HEIGHTS ? nearest.line : null;
}
