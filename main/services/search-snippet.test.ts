import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, searchSnippet } from './search-snippet';

const marked = (snippet: string) => [...snippet.matchAll(new RegExp(`${MATCH_START}(.*?)${MATCH_END}`, 'gu'))].map((match) => match[1]);

describe('searchSnippet', () => {
  it('marks every match of every term, case aside', () => {
    expect(marked(searchSnippet('党建引领，AI 辅助；党建融合。', ['党建', 'ai']))).toEqual(['党建', 'AI', '党建']);
  });

  it('marks a term with punctuation inside wherever the index finds it, whatever the punctuation', () => {
    expect(marked(searchSnippet('巡回法庭走进林区。AI 辅助立案。', ['林区，AI']))).toEqual(['林区。AI']);
    expect(marked(searchSnippet('学习《民法典》，宣传民法典', ['《民法典》']))).toEqual(['民法典', '民法典']);
  });

  it('starts near the first match and leaves text without a match unmarked', () => {
    const text = `${'前文'.repeat(40)}诉源治理${'后文'.repeat(40)}`;
    const snippet = searchSnippet(text, ['诉源治理']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['诉源治理']);
    expect(marked(searchSnippet('正文', ['——']))).toEqual([]);
  });
});
