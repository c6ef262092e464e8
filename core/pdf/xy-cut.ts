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

/** Splits at every vertical gap at least `minGutter` wide with text on both sides; one part if none. */
function verticalStrips(elements: readonly CutElement[], minGutter: number): CutElement[][] {
  const sorted = [...elements].sort((a, b) => a.box.x - b.box.x);
  const strips: CutElement[][] = [];
  let current: CutElement[] = [];
  let reach = -Infinity;
  for (const element of sorted) {
    if (current.length && element.box.x - reach >= minGutter) {
      strips.push(current);
      current = [];
    }
    current.push(element);
    reach = Math.max(reach, element.box.right);
  }
  if (current.length) strips.push(current);
  return strips;
}

/** Splits at every horizontal gap (any height): rows, top to bottom. */
function horizontalRows(elements: readonly CutElement[]): CutElement[][] {
  const sorted = [...elements].sort((a, b) => a.box.y - b.box.y);
  const rows: CutElement[][] = [];
  let current: CutElement[] = [];
  let reach = -Infinity;
  for (const element of sorted) {
    // Boxes touching by a hair (leading rounding) still leave a cut.
    if (current.length && element.box.y >= reach - 0.5) {
      rows.push(current);
      current = [];
    }
    current.push(element);
    reach = Math.max(reach, element.box.bottom);
  }
  if (current.length) rows.push(current);
  return rows;
}

export function xyCut(elements: readonly CutElement[], minGutter: number, frameOf: (strip: readonly CutElement[]) => Box = union): OrderedElement[] {
  const out: OrderedElement[] = [];
  const visit = (region: readonly CutElement[], frame: Box) => {
    if (region.length === 1) {
      out.push({ id: region[0].id, frame });
      return;
    }
    const strips = verticalStrips(region, minGutter);
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
