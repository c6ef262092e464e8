import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode-error';
import { decodePageBytes } from './decode-page-bytes';
import { TRADITIONAL_PAGE } from './traditional-page.fixture';

const TEXT = '本报记者●王雅妮\r\n包头稀土高新区人民法院，2024年9月10日。\r\n';
/** Court news in simplified characters, as a GBK page carries it. */
const SIMPLIFIED = [
  '乌兰察布市中级人民法院开展普法宣传进社区活动',
  '',
  '本报讯（通讯员　王晓明）为进一步增强群众法治意识，乌兰察布市中级人民法院组织干警走进社区，',
  '围绕婚姻家庭、民间借贷等群众关心的问题开展普法宣传，发放宣传资料三百余份，现场解答法律咨询四十余人次。',
].join('\n');

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
const utf8 = (text: string) => new TextEncoder().encode(text);
const big5 = (text: string) => new Uint8Array(iconv.encode(text, 'big5'));
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

describe('decodePageBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = utf8(TEXT);
    expect(decodePageBytes(plain)).toEqual({ text: TEXT, encoding: 'utf-8', alternative: null, replaced: null });
    expect(decodePageBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toMatchObject({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodePageBytes(utf16(TEXT, true))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodePageBytes(utf16(TEXT, false))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('detects GBK / GB18030', () => {
    expect(decodePageBytes(gbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030', alternative: null, replaced: null });
    expect(decodePageBytes(gbk(SIMPLIFIED))).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030', alternative: null });
  });

  it('detects Big5 and keeps the traditional characters; never records it as gb18030', () => {
    expect(decodePageBytes(big5(TRADITIONAL_PAGE))).toEqual({ text: TRADITIONAL_PAGE, encoding: 'big5', alternative: null, replaced: null });
    // Short pages too: a headline and one sentence.
    for (const line of TRADITIONAL_PAGE.split('\n').filter(Boolean)) {
      expect(decodePageBytes(big5(line)).encoding).toBe('big5');
    }
    for (const line of SIMPLIFIED.split('\n').filter(Boolean)) {
      expect(decodePageBytes(gbk(line)).encoding).toBe('gb18030');
    }
  });

  it('reads a file as the encoding it is told, whatever detection would say', () => {
    const bytes = big5(TRADITIONAL_PAGE);
    expect(decodePageBytes(bytes, 'big5').text).toBe(TRADITIONAL_PAGE);
    const forced = decodePageBytes(bytes, 'gb18030');
    expect(forced.encoding).toBe('gb18030');
    expect(forced.text).not.toBe(TRADITIONAL_PAGE);
    expect(decodePageBytes(utf16(TEXT, true), 'utf-16le').text).toBe(TEXT);
    expect(decodePageBytes(utf8(TEXT), 'utf-8').text).toBe(TEXT);
  });

  it('reads UTF-8 with one invalid byte, replacing it and saying on which line', () => {
    const lines = SIMPLIFIED.split('\n');
    const bytes = [...utf8(`${lines[0]}\n${lines[1]}\n`), ...utf8('本报讯（通讯员'), 0xff, ...utf8(`${lines[2].slice(7)}\n${lines[3]}\n`)];
    const result = decodePageBytes(new Uint8Array(bytes));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(`${lines[0]}\n${lines[1]}\n本报讯（通讯员\ufffd${lines[2].slice(7)}\n${lines[3]}\n`);
    expect(result.replaced).toEqual({ count: 1, lines: [{ line: 3, count: 1 }] });
  });

  it('reads a short UTF-8 file with one invalid byte as UTF-8 too', () => {
    const bytes = [...utf8('法院开展普法宣传活动\n\n本报讯　法院组织干警'), 0xff, ...utf8('走进社区开展普法宣传。\n')];
    expect(decodePageBytes(new Uint8Array(bytes))).toMatchObject({ encoding: 'utf-8', replaced: { count: 1, lines: [{ line: 3, count: 1 }] } });
  });

  it('reads a mostly English UTF-8 file with a stray Latin-1 byte as UTF-8', () => {
    const text = 'Court notice\nThe hearing is set for 10 June.\n'.repeat(20);
    const bytes = [...utf8(text), 0xa0, ...utf8('end\n')];
    const result = decodePageBytes(new Uint8Array(bytes));
    expect(result.encoding).toBe('utf-8');
    expect(result.replaced?.count).toBe(1);
    expect(result.replaced?.lines).toEqual([{ line: 41, count: 1 }]);
  });

  it('returns an empty page for an empty file', () => {
    expect(decodePageBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', alternative: null, replaced: null });
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

  it('refuses text that reads as Chinese in no encoding, saying how to choose one', () => {
    // Windows-1252 French: every byte printable, no decoding is Chinese, many bytes invalid as UTF-8.
    const french = new Uint8Array(iconv.encode('Décision: la cour a jugé que l’arrêté était légal. Über à côté: é è ê ë à â ç. '.repeat(10), 'win1252'));
    expect(() => decodePageBytes(french)).toThrow(/无法确定文件的编码.*--encoding/u);
  });
});
