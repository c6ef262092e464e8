import type { Theme } from '../model/vocabulary';

export interface KeywordHit {
  theme: string;
  word: string;
  weight: number;
}

export interface ThemeMatcher {
  /** Every keyword occurrence, overlaps included ("失信被执行人" also counts "被执行人" and "执行"). */
  find(text: string): KeywordHit[];
  /** The same occurrences without collecting them; each keyword is always the same object. */
  forEachHit(text: string, visit: (hit: KeywordHit) => void): void;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  hits: KeywordHit[];
}

function buildMatcher(themes: readonly Theme[]): ThemeMatcher {
  const root: TrieNode = { children: new Map(), hits: [] };
  for (const theme of themes) {
    for (const keyword of theme.keywords) {
      if (!keyword.word) continue;
      let node = root;
      for (const character of keyword.word) {
        let next = node.children.get(character);
        if (!next) {
          next = { children: new Map(), hits: [] };
          node.children.set(character, next);
        }
        node = next;
      }
      node.hits.push({ theme: theme.name, word: keyword.word, weight: keyword.weight });
    }
  }
  const forEachHit = (text: string, visit: (hit: KeywordHit) => void): void => {
    for (let start = 0; start < text.length; start++) {
      let node = root.children.get(text[start]);
      let cursor = start;
      while (node) {
        for (const hit of node.hits) visit(hit);
        cursor++;
        node = cursor < text.length ? node.children.get(text[cursor]) : undefined;
      }
    }
  };
  const find = (text: string): KeywordHit[] => {
    const hits: KeywordHit[] = [];
    forEachHit(text, (hit) => hits.push(hit));
    return hits;
  };
  return { find, forEachHit };
}

const matcherCache = new WeakMap<readonly Theme[], ThemeMatcher>();

/** The keyword matcher for a theme list, built once per list. */
export function compileThemeMatcher(themes: readonly Theme[]): ThemeMatcher {
  let matcher = matcherCache.get(themes);
  if (!matcher) {
    matcher = buildMatcher(themes);
    matcherCache.set(themes, matcher);
  }
  return matcher;
}
