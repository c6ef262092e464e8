// The page view's geometry (core/pdf/line-at-point.ts, line-region.ts) on a real
// printed page: the PDF import's three-column page (scripts/make-pdf-fixtures.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../core/model/page-analysis';
import { analyzePdfPage } from '../../core/pdf/analyze-pdf-page';
import { lineAtPoint } from '../../core/pdf/line-at-point';
import { lineRegion, type PageRect } from '../../core/pdf/line-region';
import { readPdf } from './read-pdf';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'import-page.pdf');
let analysis: PageAnalysis;

beforeAll(async () => {
  const [layout] = await readPdf(new Uint8Array(readFileSync(FIXTURE)));
  analysis = analyzePdfPage(layout!);
});

const boxes = () => analysis.geometry!.lines;
const inside = (box: PageRect, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
const holds = (rect: PageRect, box: PageRect) => box.x >= rect.x - 1e-6 && box.y >= rect.y - 1e-6 && box.x + box.width <= rect.x + rect.width + 1e-6 && box.y + box.height <= rect.y + rect.height + 1e-6;

describe('lineAtPoint on a printed page', () => {
  it('finds every line at its own box, unless a smaller box lies over that point', () => {
    expect(boxes().length).toBeGreaterThan(20);
    for (const box of boxes()) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const smaller = boxes().find((other) => other !== box && other.width * other.height < box.width * box.height && inside(other, x, y));
      expect(lineAtPoint(boxes(), x, y), `line ${box.line}`).toBe(smaller ? smaller.line : box.line);
    }
  });

  it('gives a click in the leading between two lines of a column to the nearer line', () => {
    const column = boxes().filter((box) => box.height < 12).sort((a, b) => a.y - b.y);
    const [upper, lower] = column.flatMap((box, index) => {
      const next = column.slice(index + 1).find((other) => Math.abs(other.x - box.x) < 1 && other.y > box.y + box.height);
      return next && next.y - (box.y + box.height) > 2 && next.y - (box.y + box.height) < box.height ? [box, next] : [];
    });
    expect(upper && lower).toBeTruthy();
    const x = upper!.x + 5;
    const gapTop = upper!.y + upper!.height;
    const gapBottom = lower!.y;
    expect(lineAtPoint(boxes(), x, gapTop + 0.2 * (gapBottom - gapTop))).toBe(upper!.line);
    expect(lineAtPoint(boxes(), x, gapBottom - 0.2 * (gapBottom - gapTop))).toBe(lower!.line);
  });

  it('finds no line in the page margin', () => {
    expect(lineAtPoint(boxes(), 4, analysis.geometry!.height - 4)).toBeNull();
    expect(lineAtPoint(boxes(), analysis.geometry!.width - 2, analysis.geometry!.height / 2)).toBeNull();
  });
});

describe('lineRegion on a printed page', () => {
  it('covers every line box of each article of a printed page, in fewer rectangles than lines', () => {
    for (const article of analysis.articles) {
      const region = lineRegion(boxes(), article.lines);
      const own = boxes().filter((box) => article.lines.includes(box.line));
      expect(region.length).toBeGreaterThan(0);
      expect(region.length).toBeLessThanOrEqual(own.length);
      for (const box of own) expect(region.some((rect) => holds(rect, box)), `line ${box.line}`).toBe(true);
    }
  });
});
