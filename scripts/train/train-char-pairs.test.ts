import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCharPairs } from '../../core/analysis/model/char-pairs';
import { collectGoldPages } from './collect-pages';
import { articleTexts, countCharPairs } from './train-char-pairs';

const key = (pair: string) => pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1);

describe('counting the language’s character pairs', () => {
  it('keeps the pairs written more often than chance, by their information in half bits', () => {
    // 法院 twice among 16 Han characters, 法 and 院 twice each: log2(2·16 / (2·2)) = 3 bits.
    const table = countCharPairs([['法院调解，', '法院判决'], ['甲乙丙丁戊己庚辛']]);
    expect(table.trainedOn).toEqual({ articles: 2, characters: 16, pairs: expect.any(Number) });
    const pairs = parseCharPairs(table);
    expect(pairs.get(key('法院'))).toBe(3);
    // A mark parts pairs, and so does the end of a unit: no 解法, no 解院.
    expect(pairs.has(key('解法'))).toBe(false);
    expect(JSON.stringify(countCharPairs([['法院调解，', '法院判决'], ['甲乙丙丁戊己庚辛']]))).toBe(JSON.stringify(table));
  });

  it('counts an article set on several pages once', () => {
    const article = { title: '法院调解', subtitle: null, byline: null, dateline: null, credit: null, blocks: [{ type: 'paragraph' as const, text: '调解成功。' }], courts: [], themes: [] };
    const page = { source: 'a', publication: null, issue_date: null, page_label: null, furniture: [], articles: [article] };
    expect(articleTexts([page, { ...page, source: 'b' }])).toEqual([['法院调解', '调解成功。']]);
  });

  it('ships the table a fresh count of today’s training pages gives (npm run train), never read from the test split', () => {
    const repoRoot = path.resolve(import.meta.dirname, '..', '..');
    const pages = collectGoldPages(repoRoot);
    expect(pages.some((page) => page.set.includes('test'))).toBe(false);
    const shipped = readFileSync(path.join(repoRoot, 'core', 'analysis', 'model', 'char-pairs.json'), 'utf8');
    expect(`${JSON.stringify(countCharPairs(articleTexts(pages.map((page) => page.gold))))}\n`).toBe(shipped);
  });
});
