import { describe, expect, it } from 'vitest';
import { createRowOffsets } from './row-offsets';

describe('createRowOffsets', () => {
  it('places rows by their estimates until they are measured', () => {
    const rows = createRowOffsets(4, (index) => (index === 2 ? 48 : 24));
    expect([0, 1, 2, 3, 4].map((index) => rows.offsetOf(index))).toEqual([0, 24, 48, 96, 120]);
  });

  it('moves every row below a measured one, and only those', () => {
    const rows = createRowOffsets(5, () => 24);
    expect(rows.measure(1, 72)).toBe(true);
    expect(rows.measure(3, 24)).toBe(false);
    expect([0, 1, 2, 3, 4, 5].map((index) => rows.offsetOf(index))).toEqual([0, 24, 96, 120, 144, 168]);
    expect(rows.measure(0, 30)).toBe(true);
    expect(rows.offsetOf(5)).toBe(174);
  });

  it('finds the row at an offset, wrapped rows included', () => {
    const rows = createRowOffsets(4, () => 24);
    rows.measure(1, 100);
    // Rows start at 0, 24, 124, 148.
    expect(rows.indexAt(0)).toBe(0);
    expect(rows.indexAt(23.9)).toBe(0);
    expect(rows.indexAt(24)).toBe(1);
    expect(rows.indexAt(123)).toBe(1);
    expect(rows.indexAt(124)).toBe(2);
    expect(rows.indexAt(10_000)).toBe(3);
    expect(rows.indexAt(-5)).toBe(0);
  });

  it('clamps offsets beyond the rows, and an empty list has no height', () => {
    const rows = createRowOffsets(2, () => 24);
    expect(rows.offsetOf(-1)).toBe(0);
    expect(rows.offsetOf(9)).toBe(48);
    expect(rows.measure(5, 100)).toBe(false);
    const empty = createRowOffsets(0, () => 24);
    expect(empty.offsetOf(0)).toBe(0);
    expect(empty.indexAt(100)).toBe(0);
  });

  it('knows which rows have been measured, even at the height they were guessed', () => {
    const rows = createRowOffsets(3, () => 24);
    rows.measure(0, 24);
    rows.measure(2, 60);
    expect([0, 1, 2].map((index) => rows.isMeasured(index))).toEqual([true, false, true]);
  });
});
