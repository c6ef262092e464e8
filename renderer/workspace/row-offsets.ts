/**
 * Where each row of a virtual list starts, when rows differ in height (a wrapped raw line is two
 * or ten lines tall): rows that have been drawn count with their measured height, the rest with
 * an estimate until they are drawn.
 */
export interface RowOffsets {
  readonly count: number;
  /** The top of a row, from the top of the list; offsetOf(count) is the height of the whole list. */
  offsetOf(index: number): number;
  /** The row at this distance from the top of the list (the first or last row beyond either end). */
  indexAt(offset: number): number;
  /** Records a drawn row's height; false when it already had that height (nothing below moved). */
  measure(index: number, height: number): boolean;
  /** Whether the row has been measured: its height then holds until the list's width changes. */
  isMeasured(index: number): boolean;
}

/** Heights within this of each other are the same: sub-pixel rounding is no reason to lay out again. */
const SAME_HEIGHT = 0.01;

export function createRowOffsets(count: number, estimate: (index: number) => number): RowOffsets {
  const heights = Float64Array.from({ length: count }, (_, index) => estimate(index));
  const starts = new Float64Array(count + 1);
  const measured = new Uint8Array(count);
  // Starts at and below this row are stale; recomputed on the next read, once for a batch of measurements.
  let staleFrom = 0;

  const refresh = () => {
    for (let index = Math.max(1, staleFrom); index <= count; index++) starts[index] = starts[index - 1] + heights[index - 1];
    staleFrom = count + 1;
  };

  return {
    count,
    offsetOf(index) {
      const row = Math.max(0, Math.min(count, index));
      if (row >= staleFrom) refresh();
      return starts[row];
    },
    indexAt(offset) {
      if (count === 0) return 0;
      if (staleFrom <= count) refresh();
      // The last row whose start is at or above the offset.
      let low = 0;
      let high = count - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    },
    measure(index, height) {
      if (index < 0 || index >= count) return false;
      measured[index] = 1;
      if (Math.abs(heights[index] - height) < SAME_HEIGHT) return false;
      heights[index] = height;
      staleFrom = Math.min(staleFrom, index + 1);
      return true;
    },
    isMeasured: (index) => measured[index] === 1,
  };
}
