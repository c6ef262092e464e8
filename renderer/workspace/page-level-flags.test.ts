import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/analysis/analyze-page';
import { pageLevelFlags } from './page-level-flags';

const LAYOUT = ['  第一栏第一行的文字写在这里，  第二栏第一行的文字写在', '第一栏第二行的文字也在这里，  这里，接着写下去，直到', '第一栏第三行的文字到此结束。  第二栏的段落结束了。'].join('\n');

describe('pageLevelFlags', () => {
  it('lists the merged-columns flag of the open article, in the block that holds its line', () => {
    const analysis = analyzePage(LAYOUT);
    const blocks = analysis.articles[0].blocks.map((block, index) => ({ ...block, pos: index }));
    const flags = pageLevelFlags(analysis.flags, blocks, 0);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'merged-columns', block: 0, occurrence: 0, line: 0 });
    expect(pageLevelFlags(analysis.flags, blocks, 1)).toEqual([]);
    expect(pageLevelFlags(undefined, blocks, 0)).toEqual([]);
  });
});
