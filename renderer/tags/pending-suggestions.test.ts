import { describe, expect, it } from 'vitest';
import { pendingSuggestions } from './pending-suggestions';

describe('pendingSuggestions', () => {
  it('drops confirmed ones and keeps stored suggested tags the engine no longer lists', () => {
    const pending = pendingSuggestions(
      [
        { type: 'theme', name: '党建', source: 'confirmed' },
        { type: 'court', name: '赤峰市中级人民法院', source: 'suggested' },
        { type: 'theme', name: '执行', source: 'suggested' },
      ],
      [
        { type: 'theme', name: '党建', score: 3, evidence: [] },
        { type: 'court', name: '赤峰市中级人民法院', score: 9, evidence: [{ phrase: '赤峰市中院', place: 'lead', block: 0 }] },
      ],
    );
    expect(pending.map((entry) => [entry.name, entry.score])).toEqual([
      ['赤峰市中级人民法院', 9],
      ['执行', null],
    ]);
  });
});
