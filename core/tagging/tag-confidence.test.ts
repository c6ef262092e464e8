import { describe, expect, it } from 'vitest';
import { formatConfidence } from '../model/format-confidence';
import { COURT_SCORE_THRESHOLD } from './score-courts';
import { tagConfidence } from './tag-confidence';

describe('tagConfidence', () => {
  it('maps unbounded court and theme scores into 0–1, keeping their order', () => {
    const scores = [0, 1, 4, 7.04, 20, 85.45, 500];
    for (const type of ['court', 'theme'] as const) {
      const confidences = scores.map((score) => tagConfidence({ type, score }));
      expect(confidences.every((confidence) => confidence >= 0 && confidence <= 1)).toBe(true);
      expect([...confidences].sort((left, right) => left - right)).toEqual(confidences);
    }
  });

  it('reads a court just at the suggestion threshold as 63%, and the scores the editor met (4.00, 85.45) as percentages', () => {
    expect(formatConfidence(tagConfidence({ type: 'court', score: COURT_SCORE_THRESHOLD }))).toBe('63%');
    expect(formatConfidence(tagConfidence({ type: 'court', score: 4 }))).toBe('74%');
    expect(formatConfidence(tagConfidence({ type: 'theme', score: 85.45 }))).toBe('99%');
    expect(formatConfidence(tagConfidence({ type: 'theme', score: 1 }))).toBe('5%');
  });
});

describe('formatConfidence', () => {
  it('writes every confidence as a whole percentage, never 100% or 0% short of certainty', () => {
    expect(formatConfidence(0.9)).toBe('90%');
    expect(formatConfidence(0.904)).toBe('90%');
    expect(formatConfidence(1)).toBe('100%');
    expect(formatConfidence(0.998)).toBe('99%');
    expect(formatConfidence(0.001)).toBe('1%');
    expect(formatConfidence(0)).toBe('0%');
  });
});
