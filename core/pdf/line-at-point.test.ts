import { describe, expect, it } from 'vitest';
import { lineAtPoint } from './line-at-point';

describe('lineAtPoint where boxes overlap or are far', () => {
  const headline = { line: 0, x: 50, y: 40, width: 400, height: 30 };
  const kicker = { line: 1, x: 200, y: 45, width: 60, height: 12 };
  const body = { line: 3, x: 50, y: 100, width: 120, height: 10 };

  it('prefers the smaller box holding the point', () => {
    expect(lineAtPoint([headline, kicker, body], 220, 50)).toBe(1);
    expect(lineAtPoint([headline, kicker, body], 100, 50)).toBe(0);
  });

  it('reaches a line within three quarters of its own height, no further', () => {
    expect(lineAtPoint([body], 110, 100 + 10 + 7)).toBe(3);
    expect(lineAtPoint([body], 110, 100 + 10 + 8)).toBeNull();
    expect(lineAtPoint([], 0, 0)).toBeNull();
  });
});
