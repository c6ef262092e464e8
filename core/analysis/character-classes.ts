// Character classes of Chinese typesetting (GB/T 15834-2011, GB/T 15835) used by every stage.

// The radical blocks (U+2E80–U+2FDF) count too: PDF extraction often gives a radical such as ⾥
// (U+2FA5) for the character 里 it looks like.
const HAN = /[\u2e80-\u2eff\u2f00-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** The first character (code point) of a text after its leading blanks: '' for none. */
export function firstCharacter(text: string): string {
  const code = text.trimStart().codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character (code point) of a text before its trailing blanks, without spreading the whole text: '' for none. */
export function lastCharacter(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === '') return '';
  const low = trimmed.charCodeAt(trimmed.length - 1);
  // A character beyond the basic plane is two UTF-16 units (a surrogate pair).
  return low >= 0xdc00 && low <= 0xdfff && trimmed.length >= 2 ? trimmed.slice(-2) : trimmed.slice(-1);
}

/** Full-width punctuation and marks that sit in Chinese text (not Han, but not ASCII either). */
export function isChinesePunctuation(char: string): boolean {
  if (!char) return false;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x3000 && code <= 0x303f) return true;
  if (code >= 0xff01 && code <= 0xff0f) return true;
  if (code >= 0xff1a && code <= 0xff20) return true;
  if (code >= 0xff3b && code <= 0xff40) return true;
  if (code >= 0xff5b && code <= 0xff65) return true;
  return '“”‘’…—·●▲■◆★☆○◎△'.includes(char);
}

export function isChineseContext(char: string): boolean {
  return isHan(char) || isChinesePunctuation(char);
}

/** Marks that close a sentence. */
export const SENTENCE_FINAL = '。！？…!?';
/** Closers that may follow a sentence-final mark and still end the sentence (。” ？」 ！）). */
export const CLOSERS = '”」』）)’》';
/**
 * What may not start a line in Chinese print (行首禁则): a line that begins with one of these
 * is always the continuation of the line before.
 */
export const FORBIDDEN_LINE_START = '，。、；：？！”）》」』…,.;:?!)%';
/** Openers that, left open at a line end, mean the text goes on. */
export const OPENERS = '“‘（(《「『【';

/**
 * A bracketed note set right after a finished sentence (…公平正义。（包海龙）, …。（完）): the
 * sentence ended before the note, so the line ends with it.
 */
const NOTE_AFTER_SENTENCE = /[。！？…!?][”’」』》]*\s*[（(][^（()）]{1,40}[)）]$/u;

/** True when the text ends a sentence: a final mark, optionally followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  if (NOTE_AFTER_SENTENCE.test(text)) return true;
  let end = text.length - 1;
  while (end >= 0 && CLOSERS.includes(text[end])) end--;
  if (end < 0) return false;
  if (end === text.length - 1) return SENTENCE_FINAL.includes(text[end]);
  // A closer after a final mark (。”) ends the sentence; a closer after a word (“引擎”) does not.
  return SENTENCE_FINAL.includes(text[end]);
}

/**
 * Particles that never open a sentence: structural 的, aspect 了 and 着 — but not the words they
 * begin (的确, 了解, 着力…), which may.
 */
export const PARTICLE_START = /^(的(?!确)|了(?!解|结|却|不起|如指掌|然)|着(?!力|眼|手|重|实|想|装|陆|落|迷|急|火|凉))/u;
