import { describe, expect, it } from 'vitest';
import type { Court } from '../../core/model/vocabulary';
import { buildCourtHierarchy } from './court-hierarchy';

const court = (name: string, level: Court['level'], parent: string | null = null): Court => ({ name, level, parent, region: null, aliases: [] });

describe('buildCourtHierarchy', () => {
  it('nests basic under intermediate under the single high court and sums counts', () => {
    const roots = buildCourtHierarchy(
      [court('高院', 'high'), court('中院甲', 'intermediate'), court('基层一', 'basic', '中院甲'), court('铁路', 'special')],
      { 'court:高院': 1, 'court:中院甲': 2, 'court:基层一': 4, 'theme:高院': 9 },
    );
    expect(roots.map((node) => node.court.name)).toEqual(['高院', '铁路']);
    expect(roots[0].totalCount).toBe(7);
    expect(roots[0].children[0].court.name).toBe('中院甲');
    expect(roots[0].children[0].children[0].count).toBe(4);
  });
});
