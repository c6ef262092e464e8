import { describe, expect, it } from 'vitest';
import { chineseTextScore } from './chinese-text-score';
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL } from './common-characters';
import { chooseEncoding } from './choose-encoding';
import { replacedCharacters } from './replaced-characters';

describe('common characters', () => {
  it('lists each character once, in both scripts, index for index', () => {
    expect([...COMMON_SIMPLIFIED]).toHaveLength([...COMMON_TRADITIONAL].length);
    expect(new Set(COMMON_SIMPLIFIED).size).toBe([...COMMON_SIMPLIFIED].length);
    expect(COMMON_TRADITIONAL.indexOf('國')).toBe(COMMON_SIMPLIFIED.indexOf('国'));
  });
});

describe('chineseTextScore', () => {
  it('scores news in either script high, mojibake and noise low, ASCII as neutral', () => {
    expect(chineseTextScore('包头市中级人民法院审结一起民间借贷纠纷案件，依法判决被告偿还借款。')).toBeGreaterThan(0.6);
    expect(chineseTextScore('包頭市中級人民法院審結一起民間借貸糾紛案件，依法判決被告償還借款。')).toBeGreaterThan(0.6);
    // 中級人民法院 in Big5 read as GBK.
    expect(chineseTextScore('い疭チ猭皘')).toBeLessThan(0.3);
    expect(chineseTextScore('\ufffd\ufffd法院\ufffd')).toBeLessThan(0);
    expect(chineseTextScore('Court notice, 10 June.')).toBe(1);
  });
});

describe('chooseEncoding', () => {
  it('takes the best plausible reading and names none when the others are far behind', () => {
    expect(chooseEncoding({ gb18030: 0.85, big5: -0.05, utf8: null })).toEqual({ encoding: 'gb18030', alternative: null });
    expect(chooseEncoding({ gb18030: -0.6, big5: 0.9, utf8: null })).toEqual({ encoding: 'big5', alternative: null });
  });

  it('marks a close call with the runner-up', () => {
    expect(chooseEncoding({ gb18030: 0.5, big5: 0.42, utf8: null })).toEqual({ encoding: 'gb18030', alternative: 'big5' });
    expect(chooseEncoding({ gb18030: 0.2, big5: 0.42, utf8: null })).toEqual({ encoding: 'big5', alternative: null });
  });

  it('keeps damaged UTF-8 when its bad bytes are few among its characters', () => {
    expect(chooseEncoding({ gb18030: -1.5, big5: -1.2, utf8: { score: 0.8, strong: true } })).toEqual({ encoding: 'utf-8', alternative: null });
    // Mostly ASCII with a few Big5 words: every non-ASCII byte is invalid UTF-8, so Big5 wins.
    expect(chooseEncoding({ gb18030: -0.4, big5: 0.85, utf8: { score: 1, strong: false } })).toEqual({ encoding: 'big5', alternative: null });
    // No reading is Chinese, a stray byte in English text: UTF-8.
    expect(chooseEncoding({ gb18030: -2, big5: -2, utf8: { score: 1, strong: false } })).toEqual({ encoding: 'utf-8', alternative: null });
  });

  it('gives up when nothing reads as Chinese and the bytes are no UTF-8', () => {
    expect(chooseEncoding({ gb18030: 0.1, big5: -0.3, utf8: null })).toBeNull();
  });
});

describe('replacedCharacters', () => {
  it('counts U+FFFD by line, 1-based', () => {
    expect(replacedCharacters('法院\n')).toBeNull();
    expect(replacedCharacters('a\ufffd\n\nb\ufffd\ufffd\nc\n\ufffd')).toEqual({
      count: 4,
      lines: [
        { line: 1, count: 1 },
        { line: 3, count: 2 },
        { line: 5, count: 1 },
      ],
    });
  });

  it('lists the first twenty lines and counts the rest', () => {
    const result = replacedCharacters('\ufffd\n'.repeat(30));
    expect(result?.count).toBe(30);
    expect(result?.lines).toHaveLength(20);
    expect(result?.lines.at(-1)).toEqual({ line: 20, count: 1 });
  });
});
