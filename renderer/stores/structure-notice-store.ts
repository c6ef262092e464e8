import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { create } from 'zustand';
import type { ArticleFields, ArticleTag } from '../../core/model/library';
import type { PageOverrides } from '../workspace/page-overrides';
import type { MergeNote } from '../workspace/merge-articles';

/** The page before a split or merge: its overrides and the text of the article(s) the step rewrote. */
export interface StructureSnapshot {
  pageId: number;
  overrides: PageOverrides;
  articles: Array<{ id: number; fields: ArticleFields; doc: JSONContent }>;
  /** The tags of the articles the step touched, as they were: the undo puts them back exactly (a merge copies tags onto the survivor). */
  tags: Array<{ articleId: number; tags: ArticleTag[] }>;
  /** The article to show again after the undo. */
  openArticleId: number;
}

export type StructureNotice =
  | { kind: 'merged'; first: string; second: string; notes: MergeNote[] }
  | { kind: 'split'; first: string; second: string }
  | { kind: 'undone' };

interface StructureNoticeState {
  notice: StructureNotice | null;
  /** The page the notice is about: it is shown only there. */
  pageId: number | null;
  /** What 撤销 restores; dropped once the editor changes the text, so an undo never throws away later typing. */
  undo: StructureSnapshot | null;
  /** The editor document the undo belongs to: Ctrl+Z undoes the step only while this is still the document. */
  armedDoc: ProseMirrorNode | null;
}

export const useStructureNotice = create<StructureNoticeState>(() => ({ notice: null, pageId: null, undo: null, armedDoc: null }));

export function dismissStructureNotice(): void {
  useStructureNotice.setState({ notice: null, undo: null, armedDoc: null });
}
