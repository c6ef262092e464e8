import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../model/vocabulary';
import courtsSeed from '../../seeds/vocab/courts.json';
import themesSeed from '../../seeds/vocab/themes.json';
import { exportVocabularyFile, importVocabularyFile, parseCourtsFile, parseThemesFile, validateVocabulary } from './vocabulary-file';
import { parseCsvRows } from './csv-rows';
import { jsonArrayElementLines } from './json-element-lines';

const current: Vocabulary = {
  courts: [{ name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: ['赤峰中院'] }],
  themes: [{ name: '执行', keywords: [{ word: '执行', weight: 1 }] }],
};

describe('parseCourtsFile', () => {
  it('reads the CSV columns name,level,parent,region,aliases with aliases separated by |', () => {
    const csv = 'name,level,parent,region,aliases\n赤峰市中级人民法院,intermediate,,赤峰市,赤峰中院|赤峰市中院\n赤峰市红山区人民法院,basic,赤峰市中级人民法院,赤峰市,红山区法院\n';
    const result = parseCourtsFile(csv, 'csv');
    expect(result).toEqual({
      ok: true,
      value: [
        { name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: ['赤峰中院', '赤峰市中院'] },
        { name: '赤峰市红山区人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: ['红山区法院'] },
      ],
    });
  });

  it('reports every error with its line', () => {
    const csv = [
      'name,level,parent,region,aliases',
      '赤峰市中级人民法院,intermediate,,赤峰市,',
      ',basic,,,',
      '红山区人民法院,county,赤峰市中级人民法院,赤峰市,',
      '松山区人民法院,basic,不存在的法院,赤峰市,赤峰市中级人民法院',
      '赤峰市中级人民法院,intermediate,,赤峰市,',
    ].join('\n');
    const result = parseCourtsFile(csv, 'csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([3, 4, 6, 5, 5]);
    expect(result.errors.map((error) => error.message).join('\n')).toMatch(/名称[\s\S]*级别[\s\S]*重复[\s\S]*上级法院[\s\S]*别名/);
  });

  it('points JSON errors at the entry and its line', () => {
    const json = '[\n  {"name": "赤峰市中级人民法院", "level": "intermediate", "parent": null, "region": "赤峰市", "aliases": []},\n  {"name": "红山区人民法院", "level": "basic", "parent": null, "region": 5, "aliases": []}\n]';
    const result = parseCourtsFile(json, 'json');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 3, index: 1 }] });
    expect(parseCourtsFile('[{"name": ', 'json')).toMatchObject({ ok: false, errors: [{ line: 0, index: null }] });
    expect(parseCourtsFile('{"courts": []}', 'json')).toMatchObject({ ok: false });
  });

  it('rejects a CSV without the header', () => {
    expect(parseCourtsFile('赤峰市中级人民法院,intermediate,,赤峰市,\n', 'csv')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });
});

describe('parseThemesFile', () => {
  it('reads keywords as word:weight, weight 1 when left out', () => {
    const result = parseThemesFile('name,keywords\n执行,执行:1.5|失信|"查封:2"\n', 'csv');
    expect(result).toEqual({ ok: true, value: [{ name: '执行', keywords: [{ word: '执行', weight: 1.5 }, { word: '失信', weight: 1 }, { word: '查封', weight: 2 }] }] });
  });

  it('rejects a weight that is not a positive number', () => {
    const result = parseThemesFile('name,keywords\n执行,执行:abc\n党建,党建:-1\n', 'csv');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 2 }, { line: 3 }] });
  });
});

describe('importVocabularyFile', () => {
  it('import of a vocabulary file with errors reports them and changes nothing', () => {
    const before = structuredClone(current);
    const result = importVocabularyFile(current, 'courts', 'csv', 'name,level,parent,region,aliases\n新法院,basic,,,\n坏法院,unknown,,,\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ line: 3, index: 1, message: expect.stringContaining('级别') }]);
    expect(current).toEqual(before);
  });

  it('replaces only the imported part', () => {
    const result = importVocabularyFile(current, 'themes', 'json', '[{"name": "党建", "keywords": [{"word": "党建", "weight": 3}]}]');
    expect(result).toEqual({ ok: true, vocabulary: { courts: current.courts, themes: [{ name: '党建', keywords: [{ word: '党建', weight: 3 }] }] } });
  });

  it('reads back what it exports, in both formats', () => {
    const seeded = { courts: courtsSeed, themes: themesSeed } as Vocabulary;
    for (const kind of ['courts', 'themes'] as const) {
      for (const format of ['json', 'csv'] as const) {
        const result = importVocabularyFile({ courts: [], themes: [] }, kind, format, exportVocabularyFile(seeded, kind, format));
        expect(result.ok && result.vocabulary[kind]).toEqual(seeded[kind]);
      }
    }
  });
});

describe('validateVocabulary', () => {
  it('accepts the seeded vocabulary', () => {
    expect(validateVocabulary({ courts: courtsSeed, themes: themesSeed }).ok).toBe(true);
  });
});

describe('file helpers', () => {
  it('parses quoted CSV cells with commas, quotes and line breaks', () => {
    expect(parseCsvRows('a,"b,c","d""e"\r\n\r\n"f\ng",h\n')).toEqual([
      { line: 1, cells: ['a', 'b,c', 'd"e'] },
      { line: 3, cells: ['f\ng', 'h'] },
    ]);
  });

  it('finds the line of each top-level JSON array element', () => {
    expect(jsonArrayElementLines('[\n {"a": "[,]"},\n\n {"b": [1,\n 2]}, 3\n]')).toEqual([2, 4, 5]);
  });
});
