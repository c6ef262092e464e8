import { REPLACED_LINES_LISTED, type ReplacedCharacters } from '../model/import-notes';

export const REPLACEMENT_CHARACTER = '\ufffd';

/** Where a decoding put U+FFFD, by line (1-based); null when it put none. */
export function replacedCharacters(text: string): ReplacedCharacters | null {
  let at = text.indexOf(REPLACEMENT_CHARACTER);
  if (at < 0) return null;
  const result: ReplacedCharacters = { count: 0, lines: [] };
  let line = 1;
  let lineStart = 0;
  while (at >= 0) {
    for (let newline = text.indexOf('\n', lineStart); newline >= 0 && newline < at; newline = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = newline + 1;
    }
    result.count++;
    const last = result.lines.at(-1);
    if (last?.line === line) last.count++;
    else if (result.lines.length < REPLACED_LINES_LISTED) result.lines.push({ line, count: 1 });
    at = text.indexOf(REPLACEMENT_CHARACTER, at + 1);
  }
  return result;
}
