import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { docText } from '../../doc-text';
import { findMatches, replaceMatch, type FindMatch } from '../../find-matches';

export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index into `matches` of the one under the cursor, or -1. */
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    find: {
      /** Highlights every match of `query` (empty: none) and makes the first one at or after the cursor current. */
      setFindQuery: (query: string) => ReturnType;
      /** Selects the next (1) or previous (-1) match, wrapping round, and brings it into view. */
      findStep: (direction: 1 | -1) => ReturnType;
      /** Replaces the current match and makes the next one current. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

function decorate(doc: EditorState['doc'], matches: readonly FindMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, index) => Decoration.inline(match.from, match.to, { class: index === current ? 'find-match find-current' : 'find-match' })),
  );
}

/** The matches of `query` in `doc`, the first at or after `anchor` current (wrapping round). */
function stateFor(doc: EditorState['doc'], query: string, anchor: number): FindState {
  const matches = findMatches(docText(doc), query);
  let current = matches.findIndex((match) => match.from >= anchor);
  if (current < 0 && matches.length) current = 0;
  return { query, matches, current, decorations: decorate(doc, matches, current) };
}

interface FindMeta {
  query?: string;
  current?: number;
  /** After an edit: the position the next current match starts at or after. */
  after?: number;
}

const select = (tr: Transaction, match: FindMatch) => tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();

/** Find and replace in the article body: highlights, the current match, and the replacing commands. */
export const FindHighlight = Extension.create({
  name: 'findHighlight',

  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { query } satisfies FindMeta).setMeta('addToHistory', false);
          return true;
        },
      findStep:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          const current = (find.current + direction + find.matches.length) % find.matches.length;
          if (dispatch) select(tr, find.matches[current]).setMeta(findKey, { current } satisfies FindMeta).setMeta('addToHistory', false);
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          const match = find && find.current >= 0 ? find.matches[find.current] : undefined;
          if (!find || !match) return false;
          if (dispatch) {
            replaceMatch(tr, match, replacement);
            // The next match is the first one after the replacement (which may itself contain the query).
            tr.setMeta(findKey, { after: match.from + replacement.length } satisfies FindMeta);
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          if (dispatch) {
            for (const match of [...find.matches].reverse()) replaceMatch(tr, match, replacement);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
          apply(tr, previous, _oldState, newState) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined;
            const query = meta?.query ?? previous.query;
            if (query === '') return previous.query === '' ? previous : { query: '', matches: [], current: -1, decorations: DecorationSet.empty };
            if (meta?.query !== undefined) return stateFor(newState.doc, query, newState.selection.from);
            if (tr.docChanged) {
              // Typing while the bar is open: stay on the match that was current, wherever it moved.
              const kept = previous.matches[previous.current];
              return stateFor(newState.doc, query, meta?.after ?? (kept ? tr.mapping.map(kept.from, -1) : newState.selection.from));
            }
            if (meta?.current !== undefined) return { ...previous, current: meta.current, decorations: decorate(newState.doc, previous.matches, meta.current) };
            return previous;
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
