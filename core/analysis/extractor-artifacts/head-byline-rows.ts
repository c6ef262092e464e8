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

/** Rows holding a head and its byline, split in two; the notes' line numbers follow the lines. */
export function splitHeadBylineRows(columns: MergedColumnsResult): MergedColumnsResult {
  const lines: string[] = [];
  const landed: number[] = [];
  const blank = (index: number) => index < 0 || index >= columns.lines.length || columns.lines[index].trim() === '';
  let heldByline: string | null = null;
  columns.lines.forEach((line, index) => {
    landed.push(lines.length);
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
  if (lines.length === columns.lines.length) return columns;
  // A range ends on the last line its last row became.
  const notes = columns.notes.map((note) => ({ ...note, from: landed[note.from], to: (landed[note.to + 1] ?? lines.length) - 1 }));
  return { lines, notes };
}
