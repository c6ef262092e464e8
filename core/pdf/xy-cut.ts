// Reading order by recursive cuts (XY-cut), preferring gutters: a region with a gutter running
// its whole height is read strip by strip, left to right; otherwise it is cut across, top to
// bottom, into the fewest bands that keep their own gutters. A headline spanning columns blocks
// their gutters, so the columns under it are read after it and inside its band; two articles side
// by side keep the gutter between them and are read one after the other.

export interface Box {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

export interface CutElement {
  /** The box that takes part in the cuts (a headline's may be widened to its columns). */
  box: Box;
  /** Index of the element in the caller's list. */
  id: number;
}

export interface OrderedElement {
  id: number;
  /** The strip (column) the element was read in: the bounding box of the last vertical cut's part. */
  frame: Box;
}

const union = (elements: readonly CutElement[]): Box => ({
  x: Math.min(...elements.map((element) => element.box.x)),
  y: Math.min(...elements.map((element) => element.box.y)),
  right: Math.max(...elements.map((element) => element.box.right)),
  bottom: Math.max(...elements.map((element) => element.box.bottom)),
});

/**
 * One sweep along an axis: elements sorted by where they start, a new group wherever one starts
 * past everything before it by `gap` (`start - reach`, the white between them) as `isCut` says.
 */
function sweepGroups(elements: readonly CutElement[], start: (box: Box) => number, end: (box: Box) => number, isCut: (gap: number) => boolean): CutElement[][] {
  const sorted = [...elements].sort((a, b) => start(a.box) - start(b.box));
  const groups: CutElement[][] = [];
  let current: CutElement[] = [];
  let reach = -Infinity;
  for (const element of sorted) {
    if (current.length && isCut(start(element.box) - reach)) {
      groups.push(current);
      current = [];
    }
    current.push(element);
    reach = Math.max(reach, end(element.box));
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Splits at every vertical gap at least `minGutter` wide with text on both sides; one part if none. */
function verticalStrips(elements: readonly CutElement[], minGutter: number): CutElement[][] {
  return sweepGroups(elements, (box) => box.x, (box) => box.right, (gap) => gap >= minGutter);
}

/** Splits at every horizontal gap (any height): rows, top to bottom. Boxes touching by a hair (leading rounding) still leave a cut. */
function horizontalRows(elements: readonly CutElement[]): CutElement[][] {
  return sweepGroups(elements, (box) => box.y, (box) => box.bottom, (gap) => gap >= -0.5);
}

export interface CutOptions {
  /** Narrowest gap between columns. */
  minGutter: number;
  /** A band of white across the whole region at least this tall separates stacked articles. */
  bandGap: number;
  /** Column rules: a gutter with a rule down (most of) the region's height is cut before anything else. */
  verticalRules?: readonly Box[];
}

/** Gaps across the whole region at least `bandGap` tall that no column rule crosses: the y where each cut falls. */
function bandCuts(region: readonly CutElement[], options: CutOptions): number[] {
  const sorted = [...region].sort((a, b) => a.box.y - b.box.y);
  const cuts: number[] = [];
  let reach = sorted[0].box.bottom;
  for (const element of sorted.slice(1)) {
    const top = reach;
    const bottom = element.box.y;
    const left = Math.min(...region.map((item) => item.box.x));
    const right = Math.max(...region.map((item) => item.box.right));
    const crossed = (options.verticalRules ?? []).some((rule) => rule.y < top && rule.bottom > bottom && rule.x > left && rule.right < right);
    if (bottom - top >= options.bandGap && !crossed) cuts.push((top + bottom) / 2);
    reach = Math.max(reach, element.box.bottom);
  }
  return cuts;
}

export function xyCut(elements: readonly CutElement[], options: CutOptions, frameOf: (strip: readonly CutElement[]) => Box = union): OrderedElement[] {
  const { minGutter } = options;
  const out: OrderedElement[] = [];
  const visit = (region: readonly CutElement[], frame: Box) => {
    if (region.length === 1) {
      out.push({ id: region[0].id, frame });
      return;
    }
    const strips = verticalStrips(region, minGutter);
    const box = union(region);
    const height = box.bottom - box.y;
    // A column rule down the region's height marks a gutter between articles side by side: cut there first.
    const ruled = strips.length > 1 && strips.slice(1).some((strip, index) => {
      const gapLeft = Math.max(...strips[index].map((element) => element.box.right));
      const gapRight = Math.min(...strip.map((element) => element.box.x));
      return (options.verticalRules ?? []).some((rule) => rule.x >= gapLeft - 1 && rule.right <= gapRight + 1 && Math.min(rule.bottom, box.bottom) - Math.max(rule.y, box.y) >= 0.8 * height);
    });
    if (!ruled) {
      // Stacked articles over one column grid: a band of white (that no column rule crosses) ends an article.
      const cuts = bandCuts(region, options);
      if (cuts.length) {
        const bounds = [-Infinity, ...cuts, Infinity];
        for (let index = 0; index + 1 < bounds.length; index++) {
          const band = region.filter((element) => element.box.y >= bounds[index] && element.box.y < bounds[index + 1]);
          if (band.length) visit(band, frame);
        }
        return;
      }
    }
    if (strips.length > 1) {
      for (const strip of strips) visit(strip, frameOf(strip));
      return;
    }
    const rows = horizontalRows(region);
    if (rows.length === 1) {
      // Overlapping both ways: nothing to cut; read top to bottom, left to right.
      for (const element of [...region].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) out.push({ id: element.id, frame });
      return;
    }
    // The fewest bands that keep a gutter: a band of column rows grows while its rows share one.
    let band: CutElement[] = [];
    for (const row of rows) {
      if (band.length && verticalStrips([...band, ...row], minGutter).length > 1) band.push(...row);
      else {
        if (band.length) visit(band, frame);
        band = [...row];
      }
    }
    if (band.length) visit(band, frame);
  };
  if (elements.length) visit(elements, frameOf(elements));
  return out;
}
