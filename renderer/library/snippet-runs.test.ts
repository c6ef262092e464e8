import { describe, expect, it } from 'vitest';
import { snippetRuns } from './Snippet';

describe('snippetRuns', () => {
  it('splits on the private-use markers and keeps markup as text', () => {
    expect(snippetRuns('加强\uE000党建\uE001工作<b>')).toEqual([
      { text: '加强', match: false },
      { text: '党建', match: true },
      { text: '工作<b>', match: false },
    ]);
  });
  it('tolerates an unterminated match', () => {
    expect(snippetRuns('\uE000法院')).toEqual([{ text: '法院', match: true }]);
  });
});
