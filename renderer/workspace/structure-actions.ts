// Article boundaries: split at the cursor, merge with the next, move a block.
// Each keeps the editor's text (free edits included) and tells the engine
// through page overrides, so a later reassembly agrees with what was done.
import type { JSONContent } from '@tiptap/core';
import { api } from '../api/client';
import { flushSave, overridesChanged, useArticleSession } from '../stores/article-session-store';
import { useLibraryStore } from '../stores/library-store';
import { articleDoc, jsonBlocks } from './article-doc';
import { cursorBlock } from './review-actions';

const get = useArticleSession.getState;

function refreshLibrary(): void {
  void useLibraryStore.getState().refreshArticles();
  void useLibraryStore.getState().loadTree();
}

/** Writes `content` into another article of the page, appending or replacing its blocks. */
async function writeInto(articleId: number, content: JSONContent[], mode: 'append' | 'replace'): Promise<void> {
  const { page } = get();
  if (!page) return;
  const target = await api.invoke('articles:get', { articleId });
  const existing = mode === 'append' ? (articleDoc(target, page).content ?? []) : [];
  let body = content;
  let fields = target.fields;
  // A new article cut at a heading takes it as its headline.
  if (mode === 'replace' && content[0]?.type === 'heading') {
    fields = { ...fields, title: jsonBlocks({ type: 'doc', content: [content[0]] })[0]?.text ?? fields.title };
    body = content.slice(1);
  }
  const doc: JSONContent = { type: 'doc', content: [...existing, ...body] };
  await api.invoke('articles:save', { articleId, baseRevision: target.revision, fields, blocks: jsonBlocks(doc), doc });
}

export async function splitArticleAtCursor(): Promise<void> {
  const { editor, overrides, page } = get();
  const block = cursorBlock();
  if (!editor || !page || !block || block.index === 0 || block.lines.length === 0) return;
  const tail = (editor.getJSON().content ?? []).slice(block.index);
  editor.chain().deleteRange({ from: block.pos, to: editor.state.doc.content.size }).run();
  const line = block.lines[0];
  const roles = { ...overrides.roles };
  if (block.type === 'heading') for (const headingLine of block.lines) roles[headingLine] = 'title';
  overridesChanged({ ...overrides, roles, articleStarts: [...new Set([...overrides.articleStarts, line])].sort((a, b) => a - b) });
  await flushSave();
  const updated = get().page!;
  const index = updated.analysis.articles.findIndex((article) => article.lines.includes(line));
  const targetId = updated.articleIds[index];
  const target = targetId ? await api.invoke('articles:get', { articleId: targetId }) : null;
  // Only fill an article that still holds the engine's text: one edited by hand is someone's work.
  const engineText = updated.analysis.articles[index]?.blocks.map((item) => item.text).join('\n');
  if (target && target.id !== get().article?.id && target.text === engineText) await writeInto(target.id, tail, 'replace');
  refreshLibrary();
}

export async function mergeWithNext(): Promise<void> {
  const { editor, overrides, page, articleIndex } = get();
  const nextId = page?.articleIds[articleIndex + 1];
  const nextAnalyzed = page?.analysis.articles[articleIndex + 1];
  if (!editor || !page || !nextId || !nextAnalyzed) return;
  const next = await api.invoke('articles:get', { articleId: nextId });
  const titleLine = nextAnalyzed.lines[0];
  const heading: JSONContent = { type: 'heading', attrs: { level: 3, line: titleLine ?? null }, content: next.fields.title ? [{ type: 'text', text: next.fields.title }] : [] };
  editor.chain().insertContentAt(editor.state.doc.content.size, [heading, ...(articleDoc(next, page).content ?? [])]).run();
  const starts = overrides.articleStarts.filter((line) => line !== titleLine);
  // The next article's headline becomes a heading inside this one, for the engine as in the editor.
  const roles = { ...overrides.roles };
  for (const placement of page.analysis.placements) if (placement.article === articleIndex + 1 && placement.role === 'title') roles[placement.line] = 'heading';
  overridesChanged({ ...overrides, articleStarts: starts, roles });
  await flushSave();
  refreshLibrary();
}

export function moveBlockPrompt(): void {
  if (cursorBlock()) useArticleSession.setState({ moveDialogOpen: true });
}

/** Moves the block under the cursor to the end of another article of the page. */
export async function moveBlockTo(targetIndex: number): Promise<void> {
  const { editor, page } = get();
  const block = cursorBlock();
  useArticleSession.setState({ moveDialogOpen: false });
  const targetId = page?.articleIds[targetIndex];
  if (!editor || !block || !targetId || targetId === get().article?.id) return;
  const node = editor.state.doc.child(block.index);
  const moved = node.toJSON() as JSONContent;
  editor.chain().deleteRange({ from: block.pos, to: block.pos + node.nodeSize }).run();
  await flushSave();
  await writeInto(targetId, [moved], 'append');
  refreshLibrary();
}
