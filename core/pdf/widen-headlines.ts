// A headline is centred over the columns of its article, which may be wider than the headline
// itself (a short headline over three columns). For the reading-order cuts its box is widened to
// those columns, so it blocks their gutters and they are read under it.
import { BYLINE, COURT_SIGNATURE } from '../analysis/line-patterns';
import type { Box } from './xy-cut';
import type { PdfLine } from './text-lines';

const centre = (box: { x: number; right: number }) => (box.x + box.right) / 2;
/** Overlapping, or touching: a short last line under the first line of its column still stands under it. */
const overlaps = (a: { x: number; right: number }, b: { x: number; right: number }) => Math.min(a.right, b.right) - Math.max(a.x, b.x) > -2;

/**
 * `isHead(line)` says which lines are headline-like (larger type, or centred under such a line).
 * For each, the body lines just under it (within `reach` points, with no other text between them
 * and it) are grouped into runs of columns; the widest run centred on the headline (within `em`)
 * is its width.
 */
export function widenHeadlines(lines: readonly PdfLine[], isHead: (line: PdfLine) => boolean, em: number, reach: number, pictures: readonly Box[] = [], horizontalRules: readonly Box[] = []): Box[] {
  const boxes: Box[] = lines.map((line) => ({ x: line.x, y: line.y, right: line.right, bottom: line.bottom }));
  const heads = lines.map((line, index) => ({ line, index })).filter(({ line }) => isHead(line));
  /** The headline a line stands under: of those ending above it (by at most `within`), the nearest, across plus down. */
  const nearestHeadAbove = (line: PdfLine, within = 8 * em) => {
    // A rule across both (the masthead's, one between stacked articles) parts a line from a headline above it.
    const ruledOff = (head: PdfLine) => horizontalRules.some((rule) => rule.y >= head.bottom - 1 && rule.bottom <= line.y + 1 && overlaps(rule, head) && overlaps(rule, line));
    const above = heads.filter(({ line: head }) => head.bottom <= line.y + 1 && line.y - head.bottom < within && !ruledOff(head));
    const distance = (head: PdfLine) => Math.max(0, head.x - line.right, line.x - head.right) + Math.max(0, line.y - head.bottom);
    return above.sort((a, b) => distance(a.line) - distance(b.line))[0]?.index ?? -1;
  };
  lines.forEach((head, headIndex) => {
    if (!isHead(head)) return;
    const headCentre = centre(head);
    // The head group: this line and the centred lines right under it (subtitle, byline).
    const groupIndices = new Set([headIndex]);
    let groupBottom = head.bottom;
    // A justified column line can be centred too (the middle one of three): it has a line of the same measure under it.
    const inColumn = (line: PdfLine) => lines.some((other) => other !== line && other.y > line.y && other.y - line.bottom < 1.5 * em && Math.abs(other.right - line.right) < 1 && Math.abs(other.size - line.size) < 0.5);
    for (const [index, line] of lines.entries()) {
      // Body-size lines join only when they look like a byline: a line short beside the headline, or one that says so.
      const headShaped = Math.abs(line.size - em) > 0.05 * em || BYLINE.test(line.text) || line.right - line.x < 0.8 * (head.right - head.x);
      // A byline may also be set flush right or left under the headline, within its width.
      const aligned = Math.abs(centre(line) - headCentre) < 0.6 * em || (BYLINE.test(line.text) && line.x >= head.x - em && line.right <= head.right + 2 * em);
      // A byline set flush left or right over its own column, beyond the headline's width: no other headline stands above it.
      const ownByline = (BYLINE.test(line.text) || COURT_SIGNATURE.test(line.text)) && [...line.text].length <= 30 && groupIndices.has(nearestHeadAbove(line));
      // A subtitle or headline wrapped flush left: the same type, right under a line of the group, at its left edge.
      const wrapped = [...groupIndices].some((member) => Math.abs(lines[member].x - line.x) < 1 && Math.abs(lines[member].size - line.size) < 0.5 && line.y - lines[member].bottom < 0.8 * line.size && line.y > lines[member].y);
      // A section head centred over a column stands level with the first lines of the other columns; a subtitle stands alone.
      const levelWithText = lines.some((other, otherIndex) => !groupIndices.has(otherIndex) && otherIndex !== index && Math.abs(other.size - em) < 0.05 * em && !BYLINE.test(other.text) && other.y < line.bottom && other.bottom > line.y && !overlaps(other, line));
      // A dash subtitle (——…纪实) belongs to the headline above it wherever it is set.
      const dashSubtitle = /^——/u.test(line.text) && line.y - groupBottom < 1.5 * em && groupIndices.has(nearestHeadAbove(line));
      if (line.y >= head.bottom - 1 && line.y - groupBottom < 2 * em && (aligned || ownByline || wrapped || dashSubtitle) && !groupIndices.has(index) && (headShaped || wrapped) && !inColumn(line) && (ownByline || wrapped || dashSubtitle || isHead(line) || !levelWithText)) {
        groupIndices.add(index);
        groupBottom = Math.max(groupBottom, line.bottom);
      }
    }
    // Each body line below the group whose nearest text above is the group.
    const under = lines.filter((line, index) => {
      if (groupIndices.has(index) || isHead(line) || line.y < groupBottom - 1 || line.y > groupBottom + reach) return false;
      // Other text between, or level with the headline (a column running past it), or just above it.
      const between = lines.some((other, otherIndex) => !groupIndices.has(otherIndex) && otherIndex !== index && other.bottom > head.y - 1.5 * em && other.y < line.y && overlaps(other, line));
      // Two headlines side by side: a column belongs to the one nearer across.
      return !between && groupIndices.has(nearestHeadAbove(line, reach + 4 * em));
    });
    // A picture at the head of a column stands for the column.
    const picturesUnder = pictures.filter((picture) => picture.y >= groupBottom - 1 && picture.y <= groupBottom + reach && !lines.some((other, otherIndex) => !groupIndices.has(otherIndex) && other.bottom > head.y - 1.5 * em && other.y < picture.y && overlaps(other, picture)));
    // A line narrower than its column (a centred section head, an indented first line) stands for the column under it.
    for (const [position, line] of under.entries()) {
      const below = lines.filter((other) => other.y > line.y && other.y - line.bottom < 3.5 * em && overlaps(other, line) && Math.abs(other.size - em) < 0.05 * em);
      if (below.length) under[position] = { ...line, x: Math.min(line.x, ...below.map((other) => other.x)), right: Math.max(line.right, ...below.map((other) => other.right)) };
    }
    under.push(...picturesUnder.map((picture) => ({ x: picture.x, right: picture.right }) as PdfLine));
    // With no columns under it (a headline set beside its text), the group still holds together:
    // each of its lines as wide as all of them, so a byline beside a wrapped line is not read first.
    const groupSpan = { x: Math.min(...[...groupIndices].map((index) => lines[index].x)), right: Math.max(...[...groupIndices].map((index) => lines[index].right)) };
    const widen = (span: { x: number; right: number }) => {
      for (const index of groupIndices) {
        boxes[index].x = Math.min(boxes[index].x, span.x);
        boxes[index].right = Math.max(boxes[index].right, span.right);
      }
    };
    if (!under.length) return widen(groupSpan);
    // Runs of columns: sort by x, join where the gap between neighbours (a gutter plus a first-line indent) is narrower than 6 em.
    const sorted = [...under].sort((a, b) => a.x - b.x);
    const columns: Array<{ x: number; right: number }> = [];
    for (const line of sorted) {
      const last = columns.at(-1);
      if (last && line.x <= last.right + 0.5) last.right = Math.max(last.right, line.right);
      else columns.push({ x: line.x, right: line.right });
    }
    // The widest run that covers the headline (a short article may fill fewer columns than its
    // headline is centred over); else the widest run centred on it.
    let best: { x: number; right: number } | null = null;
    let bestCovers = false;
    for (let first = 0; first < columns.length; first++) {
      for (let last = first; last < columns.length; last++) {
        if (last > first && columns[last].x - columns[last - 1].right > 6 * em) break;
        const run = { x: columns[first].x, right: columns[last].right };
        const centred = Math.abs(centre(run) - headCentre) < 1.5 * em;
        const covers = run.x <= head.x + em && run.right >= head.right - em;
        if (!centred && !covers) continue;
        if (!best || (covers && !bestCovers) || (covers === bestCovers && run.right - run.x > best.right - best.x)) {
          best = run;
          bestCovers = covers;
        }
      }
    }
    widen(best ?? groupSpan);
  });
  return boxes;
}
