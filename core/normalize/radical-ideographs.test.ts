import { describe, expect, it } from 'vitest';
import { RADICAL_IDEOGRAPHS, foldRadicals } from './radical-ideographs';

describe('foldRadicals', () => {
  it('folds the radicals PDF extraction gives for ideographs, and counts them', () => {
    expect(foldRadicals('⼈⺠法院 合⼒ ⽣ ⾥')).toEqual({ text: '人民法院 合力 生 里', count: 5 });
    expect(foldRadicals('⻓⻔⻅⻋⻢⻛⻚⻜⻄⻝⻘⻆').text).toBe('长门见车马风页飞西食青角');
    expect(foldRadicals('人民法院，没有部首')).toEqual({ text: '人民法院，没有部首', count: 0 });
  });

  it('covers the whole Kangxi block as NFKC does, but for the four shapes simplified Chinese writes with another code point', () => {
    const simplified: Record<string, string> = { '⼾': '户', '⾭': '青', '⾑': '西', '⿈': '黄' };
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const radical = String.fromCodePoint(code);
      expect(RADICAL_IDEOGRAPHS.get(radical)).toBe(simplified[radical] ?? radical.normalize('NFKC'));
    }
  });

  it('maps supplement radicals only to unified ideographs, never to another radical', () => {
    const supplement = [...RADICAL_IDEOGRAPHS].filter(([radical]) => radical.codePointAt(0)! < 0x2f00);
    expect(supplement.length).toBeGreaterThanOrEqual(80);
    for (const [radical, ideograph] of supplement) {
      expect([...ideograph]).toHaveLength(1);
      expect(ideograph, radical).toMatch(/^[\u3400-\u4dbf\u4e00-\u9fff]$/u);
    }
    // Where NFKC knows the supplement radical, the table agrees.
    for (const [radical, ideograph] of supplement) if (radical.normalize('NFKC') !== radical) expect(ideograph).toBe(radical.normalize('NFKC'));
  });
});
