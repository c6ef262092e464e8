import iconv from 'iconv-lite';
import { bilingual } from '../../core/api/bilingual';
import { chineseTextScore } from '../../core/encoding/chinese-text-score';
import { chooseEncoding } from '../../core/encoding/choose-encoding';
import { REPLACEMENT_CHARACTER, replacedCharacters } from '../../core/encoding/replaced-characters';
import type { ReplacedCharacters, TextEncodingChoice } from '../../core/model/import-notes';
import { DecodeError } from './decode-error';

export interface DecodedPage {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
  encoding: string;
  /** Another encoding that read the bytes nearly as well: the detection was a close call. */
  alternative: string | null;
  /** Bytes the chosen encoding could not read, now U+FFFD. */
  replaced: ReplacedCharacters | null;
}

/** Share of replacement or control characters above which a decoding is judged wrong. */
const MAX_BAD_SHARE = 0.02;
/** Invalid UTF-8 taken for damage in a UTF-8 file rather than for another encoding: under 1 % of the bytes (or a handful in a short file)… */
const MAX_INVALID_UTF8_SHARE = 0.01;
const FEW_INVALID_UTF8 = 3;
/** …and few among its non-ASCII characters (a GBK or Big5 file is nearly all invalid there). */
const MAX_INVALID_AMONG_NON_ASCII = 0.05;
/** Candidates are scored on the first 256 KB: enough text to tell, without decoding a big file three times. */
const SAMPLE_BYTES = 256 * 1024;

const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;

/** Share of control characters, and of U+FFFD too unless `replacements` is false. */
function badShare(text: string, replacements = true): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((replacements && code === 0xfffd) || isControl(code)) bad++;
  }
  return bad / text.length;
}

function binaryError(): DecodeError {
  return new DecodeError('binary', bilingual('文件不是文本（含空字节或大量无效字节），无法识别。', 'Not a text file: it contains NUL bytes or mostly invalid byte sequences.'));
}

function undecodableError(): DecodeError {
  return new DecodeError(
    'undecodable',
    bilingual(
      '无法确定文件的编码：按 UTF-8、GB18030、Big5 读都不像中文文本，未导入。可指定编码重新导入（导入结果中的“以其他编码重新导入”，命令行 --encoding）。',
      'Could not tell the file’s encoding: read as UTF-8, GB18030 or Big5 it does not look like Chinese text, so it was not imported. Re-import it with an encoding chosen (“Re-import with another encoding” in the import results, --encoding on the command line).',
    ),
  );
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function withoutBom(bytes: Uint8Array, bom: readonly number[]): Uint8Array {
  return bom.every((byte, index) => bytes[index] === byte) ? bytes.subarray(bom.length) : bytes;
}

function decodeAs(bytes: Uint8Array, encoding: Exclude<TextEncodingChoice, 'auto'>): string {
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(withoutBom(bytes, [0xef, 0xbb, 0xbf]));
    case 'utf-16le':
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(withoutBom(bytes, [0xff, 0xfe]));
    case 'utf-16be':
      return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(withoutBom(bytes, [0xfe, 0xff]));
    default:
      return iconv.decode(asBuffer(bytes), encoding);
  }
}

function decoded(text: string, encoding: string, alternative: string | null = null): DecodedPage {
  return { text, encoding, alternative, replaced: replacedCharacters(text) };
}

/** The first SAMPLE_BYTES, ended at a line break so no character is cut in two (0x0A is never inside one). */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const lastBreak = bytes.subarray(0, SAMPLE_BYTES).lastIndexOf(0x0a);
  return bytes.subarray(0, lastBreak > 0 ? lastBreak + 1 : SAMPLE_BYTES);
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count++;
  return count;
}

function nonAsciiCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) count++;
  return count;
}

/**
 * Bytes without a BOM that are not valid UTF-8: UTF-8 with a few damaged bytes,
 * GB18030 (a superset of GBK and GB2312) or Big5. Each reading of a sample is
 * scored by how Chinese it looks, and chooseEncoding picks.
 */
function detectEncoding(bytes: Uint8Array): DecodedPage {
  const sample = sampleOf(bytes);
  const utf8Sample = decodeAs(sample, 'utf-8');
  const invalidInSample = countOf(utf8Sample, REPLACEMENT_CHARACTER);
  const few = (invalid: number, bytesRead: number) => invalid <= FEW_INVALID_UTF8 || invalid / bytesRead < MAX_INVALID_UTF8_SHARE;
  let utf8Text: string | null = null;
  if (few(invalidInSample, sample.length)) {
    const text = sample === bytes ? utf8Sample : decodeAs(bytes, 'utf-8');
    if (few(sample === bytes ? invalidInSample : countOf(text, REPLACEMENT_CHARACTER), bytes.length)) utf8Text = text;
  }
  const choice = chooseEncoding({
    gb18030: chineseTextScore(decodeAs(sample, 'gb18030')),
    big5: chineseTextScore(decodeAs(sample, 'big5')),
    utf8: utf8Text === null ? null : {
      score: chineseTextScore(utf8Sample.replaceAll(REPLACEMENT_CHARACTER, '')),
      strong: invalidInSample <= MAX_INVALID_AMONG_NON_ASCII * nonAsciiCount(utf8Sample),
    },
  });
  if (choice) {
    const text = choice.encoding === 'utf-8' && utf8Text !== null ? utf8Text : decodeAs(bytes, choice.encoding);
    // UTF-8's replacements were already judged few; only control characters count against it.
    if (badShare(text, choice.encoding !== 'utf-8') > MAX_BAD_SHARE) throw binaryError();
    return decoded(text, choice.encoding, choice.alternative);
  }
  // Control characters mean binary data; without them it is text in an encoding we do not detect.
  if (badShare(decodeAs(sample, 'gb18030'), false) > MAX_BAD_SHARE) throw binaryError();
  throw undecodableError();
}

/**
 * Bytes of one raw page → text. With `encoding` given, the bytes are read that
 * way whatever they look like (undecodable bytes become U+FFFD and are counted).
 * Otherwise: UTF-8 (with or without BOM) and UTF-16 with a BOM are taken at their
 * word; anything else goes to detection. NUL bytes or garbage are rejected.
 */
export function decodePageBytes(bytes: Uint8Array, encoding: TextEncodingChoice = 'auto'): DecodedPage {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decoded(decodeAs(bytes, encoding), encoding);
  if (encoding === 'auto') {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return decoded(decodeAs(bytes, 'utf-8'), 'utf-8-bom');
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(decodeAs(bytes, 'utf-16le'), 'utf-16le');
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(decodeAs(bytes, 'utf-16be'), 'utf-16be');
  }
  if (bytes.includes(0)) throw binaryError();
  if (encoding !== 'auto') return decoded(decodeAs(bytes, encoding), encoding);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return detectEncoding(bytes);
  }
  if (badShare(text) > MAX_BAD_SHARE) throw binaryError();
  // A valid UTF-8 file may carry U+FFFD already: a replacement made before it reached us.
  return { text, encoding: 'utf-8', alternative: null, replaced: null };
}
