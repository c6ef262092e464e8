import iconv from 'iconv-lite';
import { DecodeError } from './decode-error';

export interface DecodedPage {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
}

/** Share of replacement or control characters above which a decoding is judged wrong. */
const MAX_BAD_SHARE = 0.02;

function badShare(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) bad++;
  }
  return bad / text.length;
}

function binaryError(): DecodeError {
  return new DecodeError('binary', '文件不是文本（含空字节或大量无效字节），无法识别。/ Not a text file: it contains NUL bytes or mostly invalid byte sequences.');
}

/**
 * Bytes of one raw page → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are taken at
 * their word; anything else that is not valid UTF-8 is tried as GB18030 (a superset of GBK and
 * GB2312) and accepted only if it decodes cleanly. NUL bytes or garbage are rejected.
 */
export function decodePageBytes(bytes: Uint8Array): DecodedPage {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) throw binaryError();
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (badShare(text) > MAX_BAD_SHARE) throw binaryError();
    return { text, encoding: 'utf-8' };
  } catch (error) {
    if (error instanceof DecodeError) throw error;
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (badShare(text) > MAX_BAD_SHARE) throw binaryError();
  return { text, encoding: 'gb18030' };
}
