import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode-error';
import { decodePageBytes } from './decode-page-bytes';

const TEXT = '本报记者●王雅妮\r\n包头稀土高新区人民法院，2024年9月10日。\r\n';
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + index * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
};

describe('decodePageBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodePageBytes(plain)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodePageBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodePageBytes(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodePageBytes(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('detects GBK / GB18030', () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    expect(decodePageBytes(gbk)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('returns an empty page for an empty file', () => {
    expect(decodePageBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('rejects binary input with a readable Chinese and English message', () => {
    const withNul = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]);
    expect(() => decodePageBytes(withNul)).toThrow(DecodeError);
    expect(() => decodePageBytes(withNul)).toThrow(/不是文本.*Not a text file/u);
    const noise = new Uint8Array(4096);
    let state = 7;
    for (let index = 0; index < noise.length; index++) {
      state = (state * 1103515245 + 12345) >>> 0;
      noise[index] = 1 + (state % 255);
    }
    expect(() => decodePageBytes(noise)).toThrow(DecodeError);
  });
});
