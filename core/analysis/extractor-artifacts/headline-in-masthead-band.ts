import { extractPageLines, MAX_HEADLINE_WIDTH, type LineFeatures } from '../line-features';
import { ANNOUNCES_UNNAMED, COURT_NAME, OFFICIAL_DOCUMENT_TITLE, PAGE_DATE, PAGE_LABEL } from '../line-patterns';
import { hasBlankLineArtifact } from './extractor-breaks';
import type { MergedColumnsResult } from './merged-columns';

/**
 * The masthead band runs across the page's top: publication, date, page label, the section's name
 * over the editor's credit. The first headline is printed beside the band's lower items or just
 * under its upper ones, so an extractor that writes the page by height (pdftotext) puts the
 * headline between the band's items (`第8版` / headline / `法院文化` / `责任编辑 某某`), where it is
 * read as masthead furniture and its article loses its head. Nothing is printed above the masthead:
 * a head written among its items goes back under the band's last item.
 */

/** A section's name alone (法院文化, 审判纵横): the band's own item. */
const SECTION_NAME = /^[\u4e00-\u9fff]{4,5}$/u;
/** Han characters alone, radicals included (MuPDF): a section's name, or a writer's (苏⽇古嘎) — not the band's end. */
const EDITOR_CREDIT = /^(责任编辑|本版编辑|责编|编辑|美编|校对)/u;
const BARE_WORD = /^[\u4e00-\u9fff\u2e80-\u2fdf]{2,5}$/u;
/** A head is wider than a section's name; a slogan of a word or two is the masthead's. */
const MIN_HEAD_WIDTH = 6;
/** Lines of one head block (a headline wrapped once, a question headline over its second phrase). */
const MAX_HEAD_LINES = 3;
/** Raw lines read from the page's top, blank ones included: the band and the heads among its items stand well within them. */
const TOP_LINES = 60;

export interface Block {
  /** Positions in the features array, first and last. */
  from: number;
  to: number;
}

export function blocksOf(features: readonly LineFeatures[]): Block[] {
  const blocks: Block[] = [];
  features.forEach((line, position) => {
    if (position === 0 || line.gapBefore) blocks.push({ from: position, to: position });
    else blocks[blocks.length - 1].to = position;
  });
  return blocks;
}

export const linesOf = (features: readonly LineFeatures[], block: Block) => features.slice(block.from, block.to + 1);

/** Two or three characters alone under the band are a writer's name set beside the headline (刘洋), not the band's. */
const WRITER_NAME = /^[\u4e00-\u9fff]{2,3}$/u;

export function isBandItem(line: LineFeatures): boolean {
  const text = line.content.trim();
  return (line.pageFurniture && !WRITER_NAME.test(text)) || line.mastheadLike || SECTION_NAME.test(text);
}

/**
 * The band's own items by their form: publication, date, page label, the editor's credit. A bare word
 * may be the section's name or a writer's name set under the band beside the headline (苏⽇古嘎), so
 * the band is not taken to end at one.
 */
function endsBand(line: LineFeatures): boolean {
  return line.mastheadLike || (line.pageFurniture && !BARE_WORD.test(line.content.trim()));
}

/**
 * A headline's words: short lines, no sentence and no pause in them; a question or exclamation mark
 * may close it. A column's label may lead a head set on one line (专访：…, 呼和浩特中院：…): a head
 * wrapped at a narrow measure with a colon inside runs on into the next block (稀土高新区法 /
 * 院：知识产权 / “服务站”开 … 进产业园), whose last words read like a section's name.
 */
export function isHeadBlock(lines: readonly LineFeatures[]): boolean {
  if (lines.length > MAX_HEAD_LINES || lines.some(isBandItem)) return false;
  // The head's byline may come with it (一份调解书的温度 / 文/王晓蕾); the head comes first.
  const head = lines.slice(0, lines.length > 1 && lines[lines.length - 1].byline ? -1 : undefined);
  const width = head.reduce((sum, line) => sum + line.width, 0);
  const pause = head.length === 1 ? /[，。；、,;]|[：:]\s*$/u : /[，。；：、,;:]/u;
  return width >= MIN_HEAD_WIDTH && head.every((line) => line.width <= MAX_HEADLINE_WIDTH && !line.byline && !line.dateline && !pause.test(line.content));
}

/**
 * Head blocks written among the masthead band's items, moved under its last item (a blank line
 * before them, as the band's items stand apart). The band must print a date or a page label, and
 * only lines above its last item move; a page whose notes (merged columns) reach into the band is
 * left as it is.
 */
export function headlineUnderMastheadBand(columns: MergedColumnsResult): MergedColumnsResult {
  const { lines } = columns;
  // The band and the heads beside it stand at the page's top: only those lines are read.
  const features = extractPageLines(lines.slice(0, TOP_LINES));
  // MuPDF writes the page block by block, the band's items in their order, with a blank line after
  // nearly every line: there a head under the section's name is where it was printed.
  if (hasBlankLineArtifact(features)) return columns;
  const blocks = blocksOf(features);
  let bandEnd = -1;
  let creditSeen = false;
  const heads: number[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const blockLines = linesOf(features, blocks[index]);
    // A court's name alone straight under a head after the editor's credit closed the band signs that head
    // (拒不履行判决 “老赖”被判刑 / 四子王旗人民法院): the band names no court under its credit.
    if (creditSeen && heads.at(-1) === index - 1 && blockLines.length === 1 && COURT_NAME.test(blockLines[0].content.trim())) break;
    // A bare word under a head that announces what it has not named yet is the head's last words (…发布三起涉养老服务纠纷 / 典型案例).
    const headAbove = heads.at(-1) === index - 1 ? linesOf(features, blocks[index - 1]).at(-1) : undefined;
    // (So is one that completes an official document's title: 关于春节期间执行工作安 / 排的通告.)
    const word = blockLines.length === 1 ? blockLines[0].content.trim() : '';
    if (headAbove !== undefined && SECTION_NAME.test(word) && (ANNOUNCES_UNNAMED.test(headAbove.content.trim()) || OFFICIAL_DOCUMENT_TITLE.test(headAbove.content.trim() + word))) break;
    if (blockLines.every(isBandItem)) {
      // The section's name stands over the editor's credit: a bare word under the credit is a writer's name.
      if (blockLines.some(endsBand) || (!creditSeen && blockLines.every((line) => SECTION_NAME.test(line.content.trim())))) bandEnd = index;
      if (blockLines.some((line) => EDITOR_CREDIT.test(line.content.trim()))) creditSeen = true;
    } else if (isHeadBlock(blockLines)) heads.push(index);
    else break;
  }
  const misplaced = heads.filter((index) => index < bandEnd);
  const band = blocks.slice(0, bandEnd + 1).flatMap((block) => linesOf(features, block));
  const printsMasthead = band.some((line) => PAGE_DATE.test(line.content.trim()) || PAGE_LABEL.test(line.content.trim()));
  if (misplaced.length === 0 || !printsMasthead || misplaced[0] === 0) return columns;
  const bandLastLine = features[blocks[bandEnd].to].index;
  if (columns.notes.some((note) => note.from <= bandLastLine)) return columns;
  const moved = new Set<number>();
  const headLines: string[] = [];
  for (const index of misplaced) {
    const { from, to } = blocks[index];
    headLines.push('');
    for (let position = from; position <= to; position++) {
      headLines.push(lines[features[position].index]);
      moved.add(features[position].index);
    }
  }
  const kept: string[] = [];
  lines.slice(0, bandLastLine + 1).forEach((line, index) => {
    // The blank line that stood after a moved block goes with it (the count of lines stays).
    if (moved.has(index) || (line.trim() === '' && moved.has(index - 1) && !moved.has(index + 1))) return;
    kept.push(line);
  });
  const result = [...kept, ...headLines, ...lines.slice(bandLastLine + 1)];
  return result.length === lines.length ? { lines: result, notes: columns.notes } : columns;
}
