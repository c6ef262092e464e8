import { describe, expect, it } from 'vitest';
import type { BreakDecision } from '../../core/model/page-analysis';
import { breakAhead, stepBreak, uncertainBreaks } from './review-order';

const decision = (id: number, confidence: number): BreakDecision => ({ id, before: id - 1, after: id, kind: 'wrap', decision: 'join', confidence, reason: '' });

describe('review order', () => {
  const breaks = [decision(2, 0.9), decision(5, 0.4), decision(9, 0.5), decision(12, 0.2)];

  it('keeps uncertain breaks the editor has not decided', () => {
    expect(uncertainBreaks(breaks, 0.6, { 9: 'split' }).map((item) => item.id)).toEqual([5, 12]);
  });

  it('steps forward and back, wrapping round', () => {
    const candidates = uncertainBreaks(breaks, 0.6, {});
    expect(stepBreak(candidates, null, 1)).toBe(5);
    expect(stepBreak(candidates, 5, 1)).toBe(9);
    expect(stepBreak(candidates, 12, 1)).toBe(5);
    expect(stepBreak(candidates, 5, -1)).toBe(12);
    expect(stepBreak(candidates, 7, -1)).toBe(5);
    expect(stepBreak([], 7, 1)).toBeNull();
  });

  it('says when there is no break ahead, so the review can go on in another article', () => {
    const candidates = uncertainBreaks(breaks, 0.6, {});
    expect(breakAhead(candidates, 5, 1)).toBe(9);
    expect(breakAhead(candidates, 12, 1)).toBeNull();
    expect(breakAhead(candidates, 5, -1)).toBeNull();
    expect(breakAhead(candidates, null, -1)).toBe(12);
  });
});
