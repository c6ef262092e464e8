import type { LineFeatures } from '../line-features';
import { hasBlankLineArtifact } from './extractor-breaks';

/**
 * pdftotext (reading order) writes a page block by block: a column's piece of running text with its
 * paragraphs one under another, no blank line and no indent between them, then a blank line and the
 * next block. A line set larger than the text around it, as an article's headline is, becomes a
 * block of its own, so it stands between blank lines; a section's head, set in the text's size,
 * stays inside its column's block. On a page written that way, paragraphs turn inside blocks far
 * more often than at blank lines.
 */
const MIN_TURNS_IN_BLOCKS = 4;
/** Paragraph turns inside blocks for each one at a blank line. */
const TURNS_RATIO = 2;
/** A running line: not a head, long enough to have run on. */
const RUNNING_WIDTH = 8;

const isText = (line: LineFeatures) => !line.headlineShaped && !line.byline && !line.caption && !line.credit && !line.pageFurniture;
const isRunning = (line: LineFeatures) => isText(line) && line.width >= RUNNING_WIDTH;

const known = new WeakMap<readonly LineFeatures[], boolean>();

/**
 * Whether the page was written as text blocks, its blank lines parting blocks rather than paragraphs (read once a page).
 * (Not where the extractor writes a blank line after nearly every line, MuPDF: there blank lines part nothing.)
 */
export function writesTextBlocks(lines: readonly LineFeatures[]): boolean {
  let blocks = known.get(lines);
  if (blocks === undefined) known.set(lines, (blocks = !hasBlankLineArtifact(lines) && turnsInsideBlocks(lines)));
  return blocks;
}

function turnsInsideBlocks(lines: readonly LineFeatures[]): boolean {
  let inBlocks = 0;
  let atBlanks = 0;
  let wraps = 0;
  for (let position = 1; position < lines.length; position++) {
    const above = lines[position - 1];
    const line = lines[position];
    if (!above.endsSentence && isRunning(above) && isRunning(line) && !line.gapBefore) wraps++;
    // (A paragraph's last line may be short; the next paragraph's first runs on.)
    if (!above.endsSentence || !isText(above) || !isRunning(line)) continue;
    if (line.gapBefore) atBlanks++;
    else inBlocks++;
  }
  // (Its lines wrap at a column's measure: text set one line per paragraph turns at every line.)
  return inBlocks >= MIN_TURNS_IN_BLOCKS && inBlocks >= atBlanks * TURNS_RATIO && wraps > inBlocks;
}
