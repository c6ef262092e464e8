// File names that read well and survive every file system the editors use:
// `2025-06-27_鄂尔多斯市中级人民法院_标题.docx`.
//
// Limits are in UTF-8 bytes because ext4 and APFS count bytes (255), and a CJK
// character is three of them: a 70-character Chinese title alone passes 200.
// NTFS counts 255 UTF-16 units, which a name within 255 UTF-8 bytes never exceeds.
/** A whole name, stem + ` (nn)` + `.ext`; under 255 so a temporary suffix or a copy's ` - 副本` still fits. */
export const MAX_NAME_BYTES = 240;
/** The readable part; the rest of MAX_NAME_BYTES is left for the uniqueness suffix and the extension. */
export const MAX_STEM_BYTES = 200;

// Invisible or format characters: C0/C1 controls (Cc), format characters (Cf: the
// Bidi_Control set U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069, zero-width
// U+200B–U+200D, U+2060, U+FEFF, soft hyphen …), line/paragraph separators and
// lone surrogates. U+202E alone can make `txt.exe` display as `exe.txt`.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The length of `text` in UTF-8 (a lone surrogate counts as the three bytes of U+FFFD, as encoders write it). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `maxBytes`, cut between graphemes (never inside a surrogate pair or an emoji sequence). */
export function truncateToBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment);
    if (used + size > maxBytes) break;
    kept += segment;
    used += size;
  }
  return kept;
}

function cleanPart(part: string): string {
  return part.replace(INVISIBLE, '').replace(WINDOWS_FORBIDDEN, '').replace(/\s+/g, ' ').trim();
}

/** The non-empty parts joined with `_`, cleaned and capped at MAX_STEM_BYTES; `untitled` when nothing is left. */
export function safeFileStem(parts: readonly (string | null | undefined)[]): string {
  const joined = parts
    .filter((part): part is string => typeof part === 'string')
    .map(cleanPart)
    .filter((part) => part !== '')
    .join('_');
  let stem = truncateToBytes(joined, MAX_STEM_BYTES).replace(EDGE_DOTS_AND_SPACES, '');
  if (stem === '') stem = 'untitled';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

function fitted(stem: string, suffix: string, extension: string): string {
  const room = MAX_NAME_BYTES - utf8Bytes(`${suffix}.${extension}`);
  const kept = truncateToBytes(stem, room).replace(EDGE_DOTS_AND_SPACES, '') || 'untitled';
  return `${kept}${suffix}.${extension}`;
}

/** `name.ext`, or `name (2).ext`, `name (3).ext` … the first that `taken` says is free, always within MAX_NAME_BYTES. */
export function uniqueFileName(stem: string, extension: string, taken: (name: string) => boolean): string {
  let name = fitted(stem, '', extension);
  for (let counter = 2; taken(name); counter++) name = fitted(stem, ` (${counter})`, extension);
  return name;
}
