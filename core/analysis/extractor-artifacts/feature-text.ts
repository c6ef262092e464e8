import { closeLetterSpacing } from '../../normalize/letter-spacing';
import { foldRadicals } from '../../normalize/radical-ideographs';

/**
 * The text a raw line's features are read from: what the extractor did to it undone (form feeds
 * dropped, radicals folded to ideographs, letter-spacing closed), so `⼈⺠法院`, `法 院 专 刊` and
 * `2025年6⽉27⽇` match the patterns of the words they are. Only the features see it: the line's raw
 * text, and so the cleaned text, still goes through the switchable normalization rules.
 */
export function textForFeatures(raw: string): string {
  let text = raw.includes('\f') ? raw.replace(/\f/gu, '') : raw;
  text = foldRadicals(text).text;
  return /\S\s\S\s\S/u.test(text) ? closeLetterSpacing(text).text : text;
}

/** A form feed on this raw line: the extractor started a new PDF page here. */
export function startsNewPage(raw: string): boolean {
  return raw.includes('\f');
}
