import { displayWidth } from '../display-width';
import { extractLineFeatures, MAX_HEADLINE_WIDTH } from '../line-features';
import { BYLINE } from '../line-patterns';
import type { MergedColumnsResult } from './merged-columns';

/**
 * A byline set flush right on the headline's baseline (or on its last line's) comes out of
 * pdftotext on the headline's line: `科左中旗法院2025年为民办实事清单 本报记者 包春雷`, even with no
 * space (`…家长能要回来吗本报通讯员 于洋 塔娜`). The byline is its label and names only; what stands
 * before it is a head's words, no sentence. The row is given back as two lines, head then byline.
 */
const TRAILING_BYLINE = /(?:[\s\u3000]+|(?<=[\u4e00-\u9fff”》？！]))((?:文\/图|文／图|文\/|图\/)?\s*(?:本报|本刊)?(?:特约|见习|首席)?(?:记者|通讯员)[●·•\s]+[\u4e00-\u9fff]{2,4}(?:[\s●·•]+(?:(?:本报|本刊)?(?:记者|通讯员)[●·•\s]*)?[\u4e00-\u9fff]{2,4})*)$/u;

function headAndByline(line: string): [string, string] | null {
  // A byline's own row (本报记者 某某 通讯员 某某) holds no head.
  if (BYLINE.test(line.trim())) return null;
  const match = TRAILING_BYLINE.exec(line);
  if (!match || match.index === undefined) return null;
  const head = line.slice(0, match.index).trimEnd();
  // The label is not cut in two (本报 / 通讯员): the head ends before it.
  if (displayWidth(head.trim()) < 2 || /(本报|本刊|特约|见习|首席|[文图][/／]?)$/u.test(head)) return null;
  const features = extractLineFeatures(0, head, false);
  // A head's words: a headline, or a question set as one (家长能要回来吗), never running text.
  if (features.width > MAX_HEADLINE_WIDTH || (features.endsSentence && !/[？！?!]$/u.test(head)) || /[，。；：、]/u.test(head) || features.dateline) return null;
  return [head, match[1].trim()];
}

/** A head's last line: a short phrase, no sentence, no pause. */
function isHeadTail(line: string): boolean {
  const features = extractLineFeatures(0, line, false);
  return features.width <= MAX_HEADLINE_WIDTH && !features.endsSentence && !/[，。；：、]/u.test(line) && !features.dateline && !features.byline;
}

/**
 * A byline's label set flush right on the headline's first line, its names on the line under the head's second line (the
 * byline set in two lines beside a head of two): pdftotext writes `开垦草原种玉米本报通讯员` / `“多打粮”换来有期徒刑` /
 * `王静 那仁`. The label goes back to its names, under the head.
 */
const TRAILING_LABEL = /^(.+?)((?:本报|本刊)?(?:特约|见习|首席)?(?:记者|通讯员))$/u;
/** The byline's names, one to four, perhaps a second label between them (李彦军 通讯员 刘丽). */
const NAMES_LINE = /^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+(?:(?:本报|本刊)?(?:记者|通讯员)[ \u3000]*)?[\u4e00-\u9fff]{2,4}){0,3}$/u;

function labelAboveNames(lines: readonly string[], index: number): [string, string, string] | null {
  // (Most lines end otherwise: the label's pattern is read only where the line ends as a label does.)
  if (!/(记者|通讯员)\s*$/u.test(lines[index])) return null;
  const match = TRAILING_LABEL.exec(lines[index].trim());
  const second = lines[index + 1]?.trim() ?? '';
  const names = lines[index + 2]?.trim() ?? '';
  if (!match || !NAMES_LINE.test(names) || second === '' || BYLINE.test(second)) return null;
  const head = match[1];
  const features = extractLineFeatures(0, head, false);
  if (features.width < 4 || features.width > MAX_HEADLINE_WIDTH || (features.endsSentence && !/[？！?!]$/u.test(head)) || /[。；]/u.test(head) || !isHeadTail(second.replace(/^——/u, '')) && !/^(访|记)/u.test(second)) return null;
  return [head, second, `${match[2]} ${names}`];
}

/** Rows holding a head and its byline, split in two; the notes' line numbers follow the lines. */
export function splitHeadBylineRows(columns: MergedColumnsResult): MergedColumnsResult {
  const lines: string[] = [];
  const landed: number[] = [];
  const blank = (index: number) => index < 0 || index >= columns.lines.length || columns.lines[index].trim() === '';
  let heldByline: string | null = null;
  // Lines a labelled head still has to give back in place of the raw lines under it.
  const rewritten: string[] = [];
  columns.lines.forEach((line, index) => {
    landed.push(lines.length);
    // The label's head and the two lines under it, given back as head, second line, byline (the same count of lines).
    if (rewritten.length > 0) {
      lines.push(rewritten.shift() as string);
      return;
    }
    const labelled = blank(index - 1) ? labelAboveNames(columns.lines, index) : null;
    if (labelled) {
      lines.push(labelled[0]);
      rewritten.push(labelled[1], labelled[2]);
      return;
    }
    // A row standing as a block of its own: a head is set apart from the text around it.
    const alone = blank(index - 1) && blank(index + 1);
    // The first row of a two-line head, its byline on that row (蒙汉双语审判本报记者●包金花 / 让群众听得懂信得过):
    // the byline goes under the head's last line.
    const firstOfTwo = blank(index - 1) && !blank(index + 1) && blank(index + 2) && isHeadTail(columns.lines[index + 1]);
    const parts = alone || firstOfTwo ? headAndByline(line) : null;
    if (parts && firstOfTwo) {
      lines.push(parts[0]);
      heldByline = parts[1];
    } else if (parts) lines.push(...parts);
    else lines.push(line);
    if (heldByline !== null && !firstOfTwo) {
      lines.push(heldByline);
      heldByline = null;
    }
  });
  if (lines.length === columns.lines.length && lines.every((line, index) => line === columns.lines[index])) return columns;
  // A range ends on the last line its last row became.
  const notes = columns.notes.map((note) => ({ ...note, from: landed[note.from], to: (landed[note.to + 1] ?? lines.length) - 1 }));
  return { lines, notes };
}
