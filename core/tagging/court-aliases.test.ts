import { describe, expect, it } from 'vitest';
import type { Court } from '../model/vocabulary';
import { deriveCollectiveForms, deriveCourtShortForms, regionStem } from './court-aliases';
import { buildCourtFormTable } from './court-form-table';
import { TEST_COURTS } from './test-courts';

const court = (name: string): Court => {
  const found = TEST_COURTS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('deriveCourtShortForms', () => {
  it('shortens an intermediate court with and without 市', () => {
    const forms = deriveCourtShortForms(court('鄂尔多斯市中级人民法院'));
    expect(forms).toEqual(expect.arrayContaining(['鄂尔多斯中院', '鄂尔多斯市中院', '鄂尔多斯市中级法院']));
  });

  it('shortens a league court to XX盟中院', () => {
    expect(deriveCourtShortForms(court('锡林郭勒盟中级人民法院'))).toEqual(expect.arrayContaining(['锡林郭勒盟中院', '锡林郭勒中院']));
  });

  it('drops the city prefix of a district or banner court', () => {
    expect(deriveCourtShortForms(court('鄂尔多斯市康巴什区人民法院'))).toEqual(expect.arrayContaining(['康巴什区法院', '康巴什区人民法院', '康巴什法院']));
    expect(deriveCourtShortForms(court('鄂尔多斯市鄂托克旗人民法院'))).toEqual(expect.arrayContaining(['鄂托克旗法院', '鄂托克旗人民法院']));
    expect(deriveCourtShortForms(court('赤峰市翁牛特旗人民法院'))).toEqual(expect.arrayContaining(['翁牛特旗法院', '翁牛特旗人民法院', '赤峰市翁牛特旗法院']));
  });

  it('abbreviates a high-tech development zone to 高新区', () => {
    expect(deriveCourtShortForms(court('包头稀土高新技术产业开发区人民法院'))).toEqual(
      expect.arrayContaining(['稀土高新区法院', '稀土高新区人民法院', '包头稀土高新区法院', '包头稀土高新区人民法院']),
    );
  });

  it('names the high court 自治区高院 and 内蒙古高院', () => {
    expect(deriveCourtShortForms(court('内蒙古自治区高级人民法院'))).toEqual(expect.arrayContaining(['自治区高院', '内蒙古高院', '内蒙古自治区高院']));
  });

  it('keeps the two-character stem of a county-level city but not of a district', () => {
    expect(deriveCourtShortForms(court('满洲里市人民法院'))).toEqual(expect.arrayContaining(['满洲里法院', '满洲里市法院']));
    expect(deriveCourtShortForms(court('鄂尔多斯市新区人民法院'))).not.toContain('新法院');
  });

  it('never derives a bare place name or the full name itself', () => {
    for (const entry of TEST_COURTS) {
      const forms = deriveCourtShortForms(entry);
      expect(forms).not.toContain(entry.name);
      for (const form of forms) expect(form).toMatch(/(法院|中院|高院)$/);
    }
  });
});

describe('deriveCollectiveForms', () => {
  it('lets "赤峰法院" speak for the intermediate court and "内蒙古法院" for the high court', () => {
    expect(deriveCollectiveForms(court('赤峰市中级人民法院'))).toEqual(expect.arrayContaining(['赤峰法院', '赤峰市法院']));
    expect(deriveCollectiveForms(court('内蒙古自治区高级人民法院'))).toEqual(expect.arrayContaining(['内蒙古法院', '全区法院']));
    expect(deriveCollectiveForms(court('赤峰市翁牛特旗人民法院'))).toEqual([]);
  });
});

describe('buildCourtFormTable', () => {
  it('marks a short form two courts share as ambiguous and assigns it to neither', () => {
    const table = buildCourtFormTable(TEST_COURTS);
    expect(table.ambiguous.get('新区法院')).toEqual(['鄂尔多斯市新区人民法院', '赤峰市新区人民法院']);
    expect(table.forms.has('新区法院')).toBe(false);
    expect(table.forms.get('赤峰市新区法院')?.court).toBe('赤峰市新区人民法院');
  });

  it('lets a listed alias win over a form derived for another court', () => {
    const courts: Court[] = [
      ...TEST_COURTS,
      { name: '某某新区人民法院', level: 'basic', parent: null, region: null, aliases: ['新区法院'] },
    ];
    const table = buildCourtFormTable(courts);
    expect(table.forms.get('新区法院')).toMatchObject({ court: '某某新区人民法院', kind: 'alias' });
  });

  it('strips the administrative suffix of a region', () => {
    expect(regionStem('鄂尔多斯市')).toBe('鄂尔多斯');
    expect(regionStem('兴安盟')).toBe('兴安');
    expect(regionStem('内蒙古自治区')).toBe('内蒙古');
  });
});
