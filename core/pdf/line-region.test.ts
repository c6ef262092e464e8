import { describe, expect, it } from 'vitest';
import { lineRegion } from './line-region';

describe('lineRegion', () => {
  it('keeps columns apart and joins the lines stacked in each', () => {
    const column = (x: number, first: number) => [0, 1, 2, 3].map((row) => ({ line: first + row, x, y: 100 + row * 16, width: 150, height: 10.5 }));
    const boxes = [...column(40, 0), ...column(210, 10), ...column(380, 20)];
    const region = lineRegion(boxes, [0, 1, 2, 3, 10, 11, 12, 13]);
    expect(region).toEqual([
      { x: 40, y: 100, width: 150, height: 58.5 },
      { x: 210, y: 100, width: 150, height: 58.5 },
    ]);
  });

  it('starts a new rectangle across a gap wider than a paragraph break, and skips lines without a box', () => {
    const boxes = [
      { line: 0, x: 40, y: 100, width: 150, height: 10 },
      { line: 1, x: 40, y: 115, width: 150, height: 10 },
      { line: 3, x: 40, y: 200, width: 150, height: 10 },
    ];
    expect(lineRegion(boxes, [0, 1, 2, 3])).toEqual([
      { x: 40, y: 100, width: 150, height: 25 },
      { x: 40, y: 200, width: 150, height: 10 },
    ]);
    expect(lineRegion(boxes, [2])).toEqual([]);
  });
});
