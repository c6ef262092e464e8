import type { Court } from '../model/vocabulary';
import { buildCourtFormTable, type CourtForm } from './court-form-table';

export interface CourtFormMatch extends CourtForm {
  start: number;
  end: number;
}

export interface CourtMatcher {
  /** Leftmost-longest matches, so "鄂尔多斯市中级人民法院" is one match and never also a shorter form inside it. */
  find(text: string): CourtFormMatch[];
  ambiguous: ReadonlyMap<string, string[]>;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  form: CourtForm | null;
}

const newNode = (): TrieNode => ({ children: new Map(), form: null });

function buildTrie(forms: Iterable<CourtForm>): TrieNode {
  const root = newNode();
  for (const entry of forms) {
    let node = root;
    for (const character of entry.form) {
      let next = node.children.get(character);
      if (!next) {
        next = newNode();
        node.children.set(character, next);
      }
      node = next;
    }
    node.form = entry;
  }
  return root;
}

// A form that two courts share still has to be consumed as a whole, so that its tail
// ("新城区法院" in an ambiguous "X市新城区法院") does not fire on its own.
function buildMatcher(courts: readonly Court[]): CourtMatcher {
  const table = buildCourtFormTable(courts);
  const blocked = [...table.ambiguous.keys()].map((form): CourtForm => ({ form, court: '', kind: 'derived' }));
  const root = buildTrie([...table.forms.values(), ...blocked]);
  const find = (text: string): CourtFormMatch[] => {
    const matches: CourtFormMatch[] = [];
    let position = 0;
    while (position < text.length) {
      let node = root.children.get(text[position]);
      let best: { form: CourtForm; end: number } | null = null;
      let cursor = position;
      while (node) {
        cursor++;
        if (node.form) best = { form: node.form, end: cursor };
        node = cursor < text.length ? node.children.get(text[cursor]) : undefined;
      }
      if (best) {
        if (best.form.court) matches.push({ ...best.form, start: position, end: best.end });
        position = best.end;
      } else {
        position++;
      }
    }
    return matches;
  };
  return { find, ambiguous: table.ambiguous };
}

const matcherCache = new WeakMap<readonly Court[], CourtMatcher>();

/** The matcher for a court list, built once per list (tagging runs on every article of the library). */
export function compileCourtMatcher(courts: readonly Court[]): CourtMatcher {
  let matcher = matcherCache.get(courts);
  if (!matcher) {
    matcher = buildMatcher(courts);
    matcherCache.set(courts, matcher);
  }
  return matcher;
}
