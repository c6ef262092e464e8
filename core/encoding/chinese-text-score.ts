import { COMMON_CHARACTERS } from './common-characters';

/** What a decoded text is made of, counted over the characters that are neither ASCII nor punctuation. */
export interface TextComposition {
  /** Characters from the common-character table (simplified or traditional). */
  common: number;
  /** Other ideographs of the basic CJK block: real, but rarer. */
  rare: number;
  /** What a right decoding almost never yields: U+FFFD, private use, controls, CJK extension A/B ideographs. */
  wrong: number;
  /** Letters of other scripts and symbols (kana, Cyrillic, box drawing, ㊣): a wrong decoding's debris. */
  odd: number;
}

function isNeutral(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c ||
    // General punctuation (— “ ” …), CJK punctuation (、。「」), full-width forms (，０Ａ).
    (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef && code !== 0xfffd) ||
    code === 0xb7 || code === 0x25cf || code === 0x25b2 || code === 0x25a0 || code === 0x25c6 || code === 0x2605
  );
}

export function textComposition(text: string): TextComposition {
  const composition: TextComposition = { common: 0, rare: 0, wrong: 0, odd: 0 };
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (isNeutral(code)) continue;
    if (code >= 0x4e00 && code <= 0x9fff) {
      if (COMMON_CHARACTERS.has(code)) composition.common++;
      else composition.rare++;
    } else if (
      code === 0xfffd || code < 0x20 || (code >= 0x7f && code < 0xa0) ||
      (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000 ||
      (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2ffff)
    ) {
      composition.wrong++;
    } else {
      composition.odd++;
    }
  }
  return composition;
}

/**
 * How plausible a decoding is as Chinese newspaper text, from about -2 (noise) to 1.
 * Right decodings of court news score 0.6–0.8: most of their characters are common
 * ones. One Chinese encoding read as another yields valid but arbitrary ideographs,
 * of which only a few are common, plus symbols and replacement characters, and
 * scores near or below 0. A text without any non-ASCII letter scores 1: every
 * decoding reads it alike.
 */
export function chineseTextScore(text: string): number {
  const { common, rare, wrong, odd } = textComposition(text);
  const content = common + rare + wrong + odd;
  if (content === 0) return 1;
  return (common - 2 * wrong - 0.5 * odd) / content;
}
