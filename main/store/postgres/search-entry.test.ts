import { describe, expect, it } from 'vitest';
import { searchEntryOf, termSearchOf, tsqueryOf } from './search-entry';

describe('searchEntryOf', () => {
  it('keeps every distinct bigram within a run and every character, and the runs each followed by a space', () => {
    const entry = searchEntryOf('党建，引领', '党建AI 2024');
    expect(entry.lexemes.sort()).toEqual(['02', '0', '2', '20', '24', '4', 'a', 'ai', 'i', '党', '党建', '建', '建a', '引', '引领', '领'].sort());
    expect(entry.titleWords).toBe('党建 引领 ');
    expect(entry.textWords).toBe('党建ai 2024 ');
  });

  it('folds case and Latin diacritics as FTS5’s unicode61 does, and leaves ideographs and other scripts alone', () => {
    expect(searchEntryOf('Café ÀB', '').titleWords).toBe('cafe ab ');
    expect(searchEntryOf('한국 𠮷野', '').titleWords).toBe('한국 𠮷野 ');
    expect(searchEntryOf('“”——', '').lexemes).toEqual([]);
  });
});

describe('termSearchOf', () => {
  it('proves one run of one or two characters by its lexeme alone, and checks longer terms against the words', () => {
    expect(termSearchOf('鄂')).toEqual({ lexemes: ['鄂'], words: '鄂', exact: true });
    expect(termSearchOf('党建')).toEqual({ lexemes: ['党建'], words: '党建', exact: true });
    expect(termSearchOf('诉源治理')).toEqual({ lexemes: ['诉源', '源治', '治理'], words: '诉源治理', exact: false });
    expect(termSearchOf('AI')).toEqual({ lexemes: ['ai'], words: 'ai', exact: true });
  });

  it('makes a run the term closes with punctuation end a run in the text', () => {
    expect(termSearchOf('法，')).toEqual({ lexemes: ['法'], words: '法 ', exact: false });
    expect(termSearchOf('《民法典》与')).toEqual({ lexemes: ['民法', '法典', '与'], words: '民法典 与', exact: false });
    expect(termSearchOf('区。A')).toEqual({ lexemes: ['区', 'a'], words: '区 a', exact: false });
  });

  it('finds nothing to ask for in punctuation, and quotes lexemes so no tsquery syntax passes through', () => {
    expect(termSearchOf('*')).toBeNull();
    expect(termSearchOf("'&|!")).toBeNull();
    expect(tsqueryOf(termSearchOf("党建' | !<->")!.lexemes)).toBe("'党建'");
  });
});
