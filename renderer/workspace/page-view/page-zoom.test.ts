import { describe, expect, it } from 'vitest';
import { fitWidthScale, MAX_ZOOM, MIN_ZOOM, stepZoom } from './page-zoom';

describe('page zoom', () => {
  it('steps up and down from a step and from between steps', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.9, 1)).toBe(1);
    expect(stepZoom(0.9, -1)).toBe(0.75);
  });

  it('stays at the ends', () => {
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('fits an A4 page (595 pt) into a pane, leaving its margin, within the zoom range', () => {
    expect(fitWidthScale(619, 595)).toBeCloseTo(1, 5);
    expect(fitWidthScale(100_000, 595)).toBe(MAX_ZOOM);
    expect(fitWidthScale(40, 595)).toBe(MIN_ZOOM);
    expect(fitWidthScale(0, 595)).toBe(1);
  });
});
