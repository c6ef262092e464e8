import { describe, expect, it } from 'vitest';
import courtsSeed from '../../seeds/vocab/courts.json';
import type { Court } from '../model/vocabulary';
import { parseCourtsFile } from './vocabulary-file';
import { compileCourtMatcher } from './compile-court-matcher';
import { deriveCourtAliases, withDerivedAliases } from './derive-court-aliases';
import { regionStem } from './court-aliases';
import { TEST_COURTS } from './test-courts';

// The real gazetteer: seeds/vocab/courts.json is the app's copy of ../shared/data/nmg-courts.json
// (121 courts of Inner Mongolia: the high court, 12 intermediate, 103 basic, 5 railway courts).
function gazetteer(): Court[] {
  const parsed = parseCourtsFile(JSON.stringify(courtsSeed), 'json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

/** Every form a court answers to in the vocabulary data, listed or derived. */
function formsOf(court: Court): string[] {
  return [court.name, ...court.aliases, ...(court.derivedAliases ?? [])];
}

/** The court a short form names when the matcher reads it alone, or null. */
function courtNamedBy(courts: readonly Court[], form: string): string | null {
  const found = compileCourtMatcher(courts).find(form);
  return found.length === 1 && found[0].start === 0 && found[0].end === form.length ? found[0].court : null;
}

describe('deriveCourtAliases on the real gazetteer', () => {
  const courts = withDerivedAliases(gazetteer());

  it('gives no form to two courts, listed and derived forms together', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const court of courts) {
      for (const form of new Set(formsOf(court))) {
        const previous = owner.get(form);
        if (previous && previous !== court.name) clashes.push(`${form}: ${previous} / ${court.name}`);
        owner.set(form, court.name);
      }
    }
    expect(clashes).toEqual([]);
    expect(deriveCourtAliases(courts).ambiguous.size).toBe(0);
  });

  it('names every basic court by its locality with 法院 and 人民法院, with and without its city', () => {
    const missing: string[] = [];
    for (const court of courts.filter((entry) => entry.level === 'basic' && entry.region)) {
      const region = court.region as string;
      const prefix = [region, regionStem(region)].find((candidate) => court.name.startsWith(candidate) && court.name.length > candidate.length + 4) ?? '';
      const locality = court.name.slice(prefix.length, -'人民法院'.length);
      const expected = [`${locality}法院`, `${locality}人民法院`];
      if (prefix) expected.push(`${region}${locality}法院`, `${regionStem(region)}${locality}法院`);
      for (const form of expected) if (courtNamedBy(courts, form) !== court.name) missing.push(`${court.name}: ${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('drops the 市 of a county-level city and the 旗 or 县 of a banner or county, but not a short district', () => {
    const expectations: [string, string][] = [
      ['满洲里法院', '满洲里市人民法院'],
      ['满洲里市法院', '满洲里市人民法院'],
      ['克什克腾法院', '赤峰市克什克腾旗人民法院'],
      ['克什克腾旗法院', '赤峰市克什克腾旗人民法院'],
      ['林西法院', '赤峰市林西县人民法院'],
      ['四子王法院', '乌兰察布市四子王旗人民法院'],
      ['集宁区法院', '乌兰察布市集宁区人民法院'],
      ['白云鄂博法院', '包头市白云鄂博矿区人民法院'],
      ['鄂温克旗法院', '呼伦贝尔市鄂温克族自治旗人民法院'],
    ];
    for (const [form, court] of expectations) expect(courtNamedBy(courts, form), form).toBe(court);
    // "海南法院" is the courts of Hainan province; "乌拉特中法院" is not a name at all.
    for (const form of ['海南法院', '青山法院', '乌拉特中法院', '科尔沁左翼中法院']) expect(courtNamedBy(courts, form), form).toBeNull();
  });

  it('derives no stem that is part of another locality, and keeps the locality with its suffix', () => {
    // "科尔沁" is 科尔沁区 and the 科尔沁左翼/右翼 banners alike ("科尔沁法院 动态三则" reports on a region);
    // "鄂托克" and "杭锦" begin 鄂托克前旗 and 杭锦后旗.
    for (const form of ['科尔沁法院', '科尔沁人民法院', '通辽科尔沁法院', '鄂托克法院', '杭锦法院']) expect(courtNamedBy(courts, form), form).toBeNull();
    expect(courtNamedBy(courts, '科尔沁区法院')).toBe('通辽市科尔沁区人民法院');
    expect(courtNamedBy(courts, '鄂托克旗法院')).toBe('鄂尔多斯市鄂托克旗人民法院');
    expect(courtNamedBy(courts, '杭锦旗法院')).toBe('鄂尔多斯市杭锦旗人民法院');
  });

  it('names every intermediate court X中院, X市中院 or X盟中院, X中级法院', () => {
    const missing: string[] = [];
    for (const court of courts.filter((entry) => entry.level === 'intermediate')) {
      const region = court.region as string;
      for (const form of [`${regionStem(region)}中院`, `${region}中院`, `${regionStem(region)}中级法院`, `${region}中级法院`]) {
        if (courtNamedBy(courts, form) !== court.name) missing.push(`${court.name}: ${form}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names the high court and the railway courts by their short forms', () => {
    for (const form of ['自治区高院', '内蒙古高院', '内蒙古高级法院', '自治区高级法院']) expect(courtNamedBy(courts, form), form).toBe('内蒙古自治区高级人民法院');
    expect(courtNamedBy(courts, '呼和浩特铁路中级法院')).toBe('呼和浩特铁路运输中级法院');
    expect(courtNamedBy(courts, '通辽铁路法院')).toBe('通辽铁路运输法院');
    expect(courtNamedBy(courts, '海拉尔铁路运输人民法院')).toBe('海拉尔铁路运输法院');
  });

  it('never derives a form that is already listed', () => {
    for (const court of courts) {
      const listed = new Set([court.name, ...court.aliases]);
      expect(court.derivedAliases?.filter((form) => listed.has(form)) ?? [], court.name).toEqual([]);
    }
  });
});

describe('deriveCourtAliases across courts', () => {
  it('produces a form two courts would share for neither, and their city-prefixed forms for each', () => {
    const derivation = deriveCourtAliases(TEST_COURTS);
    expect(derivation.ambiguous.get('新区法院')).toEqual(['鄂尔多斯市新区人民法院', '赤峰市新区人民法院']);
    expect(derivation.byCourt.get('赤峰市新区人民法院')).toContain('赤峰市新区法院');
    expect(derivation.byCourt.get('赤峰市新区人民法院')).not.toContain('新区法院');
    expect(compileCourtMatcher(withDerivedAliases(TEST_COURTS)).find('新区法院开展调解')).toEqual([]);
  });

  it('keeps a removed form out and lets a listed alias of another court win', () => {
    const courts = TEST_COURTS.map((court) => {
      if (court.name === '鄂尔多斯市康巴什区人民法院') return { ...court, removedAliases: ['康巴什法院'] };
      if (court.name === '赤峰市翁牛特旗人民法院') return { ...court, aliases: [...court.aliases, '鄂托克法院'] };
      return court;
    });
    const derived = withDerivedAliases(courts);
    const named = (name: string) => derived.find((court) => court.name === name) as Court;
    expect(named('鄂尔多斯市康巴什区人民法院').derivedAliases).not.toContain('康巴什法院');
    expect(named('鄂尔多斯市康巴什区人民法院').derivedAliases).toContain('康巴什区法院');
    expect(named('鄂尔多斯市鄂托克旗人民法院').derivedAliases).not.toContain('鄂托克法院');
    expect(courtNamedBy(derived, '康巴什法院')).toBeNull();
    expect(courtNamedBy(derived, '鄂托克法院')).toBe('赤峰市翁牛特旗人民法院');
  });

  it('returns a court unchanged when its derived forms have not changed', () => {
    const once = withDerivedAliases(TEST_COURTS);
    const twice = withDerivedAliases(once);
    twice.forEach((court, index) => expect(court).toBe(once[index]));
  });
});
