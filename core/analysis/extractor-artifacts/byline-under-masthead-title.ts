import { extractPageLines } from '../line-features';
import { PAGE_DATE, PAGE_LABEL, PUBLICATION } from '../line-patterns';
import { hasBlankLineArtifact } from './extractor-breaks';
import { blocksOf, isBandItem, isHeadBlock, linesOf } from './headline-in-masthead-band';
import type { MergedColumnsResult } from './merged-columns';

/**
 * The first article's byline is set high, beside the spanning headline's top or in the masthead
 * band's row, so an extractor that writes the page by height (pdftotext) puts it straight under the
 * masthead's title (`法院专刊` / `本报记者 宝音` / date / page label / headline). Read there, the
 * masthead's title stands in for a headline and the real one loses its byline. The byline goes back
 * under the first head written after the band's items, and goes with it where the head itself is
 * brought under the band (`headlineUnderMastheadBand`).
 */

/** Lines read from the page's top: the band and the head under it stand well within them. */
const TOP_LINES = 40;

export function bylineUnderMastheadTitle(columns: MergedColumnsResult): MergedColumnsResult {
  const { lines } = columns;
  const features = extractPageLines(lines.slice(0, TOP_LINES));
  // MuPDF writes the page block by block: a byline under the title there was printed there.
  if (features.length < 3 || hasBlankLineArtifact(features)) return columns;
  const [title, byline] = features;
  if (!PUBLICATION.test(title.content.replace(/\s+/gu, '')) || byline.gapBefore || !byline.byline) return columns;
  const blocks = blocksOf(features.slice(2)).map(({ from, to }) => ({ from: from + 2, to: to + 2 }));
  // The band's own items (date, page label, section, editor's credit) stand between; the first other block is the head.
  const head = blocks.find((block) => !linesOf(features, block).every(isBandItem));
  if (head === undefined || !isHeadBlock(linesOf(features, head))) return columns;
  const band = features.slice(2, head.from);
  if (!band.some((line) => PAGE_DATE.test(line.content.trim()) || PAGE_LABEL.test(line.content.trim()))) return columns;
  if (columns.notes.some((note) => note.from <= features[head.to].index)) return columns;
  const from = byline.index;
  const headEnd = features[head.to].index;
  // The byline's line leaves its place and stands under the head's last line; the count of lines stays.
  const result = [...lines.slice(0, from), ...lines.slice(from + 1, headEnd + 1), lines[from], ...lines.slice(headEnd + 1)];
  return { lines: result, notes: columns.notes };
}
