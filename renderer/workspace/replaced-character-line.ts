import type { RawLine } from '../../core/model/page-analysis';
import type { LiveFlag } from './live-flags';

/**
 * The raw line that holds a replaced character. The text checks see a block,
 * which knows only its first line; a paragraph joined from several lines has
 * its n-th U+FFFD on the raw line that holds the n-th U+FFFD among its lines.
 */
export function replacedCharacterLine(flag: LiveFlag, blockLines: readonly number[], rawLines: readonly RawLine[]): number | null {
  let seen = 0;
  for (const line of blockLines) {
    const text = rawLines[line]?.text ?? '';
    for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
      if (seen++ === flag.occurrence) return line;
    }
  }
  return flag.line;
}
