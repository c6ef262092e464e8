import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, MAX_STEM_BYTES, safeFileStem, truncateToBytes, uniqueFileName, utf8Bytes } from './safe-file-name';

const LONG_TITLE = '内蒙古自治区高级人民法院召开全区法院审判执行工作推进会暨司法改革与队伍建设专题部署会议强调要坚持以人民为中心全面提升审判质效和司法公信力为自治区经济社会高质量发展提供有力司法服务和保障';

describe('safe export file names', () => {
  it('joins date, court and title readably', () => {
    expect(safeFileStem(['2025-06-27', '鄂尔多斯市中级人民法院', '聚力打造党建品牌'])).toBe('2025-06-27_鄂尔多斯市中级人民法院_聚力打造党建品牌');
  });

  it('strips characters Windows forbids, control characters, and trailing dots and spaces', () => {
    expect(safeFileStem(['a<b>c:d"e/f\\g|h?i*j\u0001k\u0085. .'])).toBe('abcdefghijk');
    expect(safeFileStem([null, '  ', '标题'])).toBe('标题');
    expect(safeFileStem(['...'])).toBe('untitled');
  });

  it('strips every bidi control and invisible character, so a name shows what it is', () => {
    // U+202E would show `判决书‮txt.exe` as `判决书exe.txt`.
    expect(safeFileStem(['判决书\u202Etxt.exe'])).toBe('判决书txt.exe');
    const bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u001F', '\u007F', '\u0080', '\u009F', '\u2028', '\u2029'];
    expect(safeFileStem([`法${[...bidi, ...invisible].join('')}院`])).toBe('法院');
    expect(safeFileStem(['\u202E\u200B'])).toBe('untitled');
    // A lone surrogate is no character at all.
    expect(safeFileStem(['标\uD800题'])).toBe('标题');
  });

  it('avoids reserved device names', () => {
    expect(safeFileStem(['CON'])).toBe('_CON');
    expect(safeFileStem(['lpt1.txt'])).toBe('_lpt1.txt');
    expect(safeFileStem(['nul\u200B'])).toBe('_nul');
    expect(safeFileStem(['CONSOLE'])).toBe('CONSOLE');
  });

  it('caps a 100-character Chinese title in UTF-8 bytes, on a character boundary', () => {
    const title = LONG_TITLE.repeat(2).slice(0, 100);
    expect(Array.from(title)).toHaveLength(100);
    const stem = safeFileStem(['2025-06-27', '内蒙古自治区高级人民法院', title]);
    expect(utf8Bytes(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(utf8Bytes(stem)).toBeGreaterThan(MAX_STEM_BYTES - 3);
    expect(stem.startsWith('2025-06-27_内蒙古自治区高级人民法院_内蒙古')).toBe(true);
    expect(stem).not.toContain('\uFFFD');
    const name = uniqueFileName(stem, 'docx', () => false);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('never splits an emoji or a surrogate pair', () => {
    const emoji = '👨‍👩‍👧'; // 18 bytes, one grapheme
    const cut = truncateToBytes(`${'a'.repeat(195)}${emoji}`, MAX_STEM_BYTES);
    expect(cut).toBe('a'.repeat(195));
    expect(truncateToBytes('𠀀𠀀', 6)).toBe('𠀀');
    expect(truncateToBytes('𠀀𠀀', 7)).toBe('𠀀');
    expect(safeFileStem([`${'法'.repeat(66)}😀`])).toBe(`${'法'.repeat(66)}`);
  });

  it('keeps the extension and the uniqueness suffix within the cap', () => {
    const stem = safeFileStem(['长'.repeat(500)]);
    const taken = new Set<string>();
    for (let index = 0; index < 12; index++) {
      const name = uniqueFileName(stem, 'html', (candidate) => taken.has(candidate));
      expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(name.endsWith(index === 0 ? '.html' : ` (${index + 1}).html`)).toBe(true);
      taken.add(name);
    }
    expect(taken.size).toBe(12);
  });

  it('counts UTF-8 bytes as an encoder writes them', () => {
    const expected: [string, number][] = [['abc', 3], ['é', 2], ['法院', 6], ['😀', 4], ['👨‍👩‍👧', 18], ['\uD800', 3], ['a\u202Eb', 5]];
    for (const [text, bytes] of expected) expect(utf8Bytes(text), text).toBe(bytes);
  });

  it('never reuses a taken name', () => {
    const taken = new Set(['a.txt', 'a (2).txt']);
    expect(uniqueFileName('a', 'txt', (name) => taken.has(name))).toBe('a (3).txt');
    expect(uniqueFileName('b', 'txt', (name) => taken.has(name))).toBe('b.txt');
  });
});
