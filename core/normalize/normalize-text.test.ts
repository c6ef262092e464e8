import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('widens half-width punctuation inside Chinese text and counts it', () => {
    const result = normalizeText('党建强则队伍强,队伍强则事业兴。知道吗?');
    expect(result.text).toBe('党建强则队伍强，队伍强则事业兴。知道吗？');
    expect(result.counts['fullwidth-punctuation']).toBe(2);
  });

  it('keeps ASCII punctuation between digits and in Latin phrases', () => {
    expect(normalizeText('会议于8:00开始，金额3,000元').text).toBe('会议于8:00开始，金额3,000元');
    expect(normalizeText('网址 http://example.com 可查').text).toBe('网址http://example.com可查');
    expect(normalizeText('Hello, world').text).toBe('Hello, world');
  });

  it('widens a bracket pair beside Chinese text, as the masthead prints it', () => {
    expect(normalizeText('电话: (0471) 4687539').text).toBe('电话：（0471）4687539');
    expect(normalizeText('(张丽)').text).toBe('（张丽）');
    expect(normalizeText('call (0471) now').text).toBe('call (0471) now');
  });

  it('removes spaces between Chinese and digits or Latin, keeps them between two Chinese phrases', () => {
    expect(normalizeText('2024 年 9 月 10 日晚上 8 点多').text).toBe('2024年9月10日晚上8点多');
    expect(normalizeText('党建引领“双推进” 同频共振“深融合”').text).toBe('党建引领“双推进” 同频共振“深融合”');
    expect(normalizeText('本报记者 ● 王雅妮').text).toBe('本报记者●王雅妮');
    expect(normalizeText('1 “要点”上墙 强化理论武装').text).toBe('1“要点”上墙 强化理论武装');
  });

  it('removes markdown marks but keeps the words', () => {
    const result = normalizeText('## **赤峰讯** 6月25日');
    expect(result.text).toBe('赤峰讯6月25日');
    expect(result.counts['markdown-debris']).toBe(3);
  });

  it('folds full-width digits and letters, leaves other full-width marks', () => {
    expect(normalizeText('共１２项ＡＢ，“夜间法庭＋线上调解”').text).toBe('共12项AB，“夜间法庭＋线上调解”');
  });

  it('pairs straight quotes in Chinese text', () => {
    expect(normalizeText('打造"康法行"品牌').text).toBe('打造“康法行”品牌');
  });

  it('skips switched-off rules and never changes wording', () => {
    const text = '孩子们们 12 项,好';
    const result = normalizeText(text, { 'cjk-spacing': false, 'fullwidth-punctuation': false });
    expect(result.text).toBe('孩子们们 12 项,好');
    expect(result.counts['cjk-spacing']).toBe(0);
    expect(normalizeText(text).text.replace(/[，,\s]/gu, '')).toBe(text.replace(/[，,\s]/gu, ''));
  });
});

describe('extractor repairs in normalizeText', () => {
  it('folds radicals, closes letter-spacing and drops form feeds, each counted and switchable', () => {
    const result = normalizeText('\f⼈⺠法院 法 院 专 刊');
    expect(result.text).toBe('人民法院 法院专刊');
    expect(result.counts['radical-ideographs']).toBe(2);
    expect(result.counts['letter-spacing']).toBe(3);
    expect(result.counts['form-feeds']).toBe(1);
    expect(normalizeText('⼈⺠法院', { 'radical-ideographs': false }).text).toBe('⼈⺠法院');
    expect(normalizeText('法 院 专 刊', { 'letter-spacing': false }).text).toBe('法 院 专 刊');
    expect(normalizeText('甲\f乙', { 'form-feeds': false }).text).toBe('甲\f乙');
  });
});
