// Article boundaries: split at a block, merge with the next, move a block.
// Each keeps the editor's text (free edits included), tells the engine through
// page overrides so a later reassembly agrees, says what it did in a notice and
// can be undone in one step (structure-undo.ts).
import type { JSONContent } from '@tiptap/core';
import type { ArticleFields } from '../../core/model/library';
import type { LineRole } from '../../core/model/page-analysis';
import { api } from '../api/client';
import { docBlocks } from '../editor/blocks-from-doc';
import { flushSave, reloadArticle, useArticleSession } from '../stores/article-session-store';
import type { StructureSnapshot } from '../stores/structure-notice-store';
import { useUiStore } from '../stores/ui-store';
import { articleDoc, jsonBlocks } from './article-doc';
import { mergeArticles, nodeText, type FieldLines } from './merge-articles';
import { takeLeadingDateline } from './leading-dateline';
import { cursorBlock } from './review-actions';
import { announce, refreshLibrary, whenEditorFor } from './structure-undo';

const get = useArticleSession.getState;

/** The open article, its tags and the page's overrides as they are now, for the undo. */
async function snapshotOfOpenArticle(): Promise<StructureSnapshot | null> {
  const { page, article, fields, editor, overrides } = get();
  if (!page || !article || !editor) return null;
  const doc = editor.getJSON();
  const { tags } = await api.invoke('tags:article', { articleId: article.id });
  return { pageId: page.page.id, overrides: structuredClone(overrides), articles: [{ id: article.id, fields: { ...fields }, doc }], tags: [{ articleId: article.id, tags }], openArticleId: article.id };
}

async function writeArticle(articleId: number, fields: ArticleFields, content: JSONContent[]): Promise<void> {
  const current = await api.invoke('articles:get', { articleId });
  const doc: JSONContent = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  await api.invoke('articles:save', { articleId, baseRevision: current.revision, fields, blocks: jsonBlocks(doc), doc });
}

/** Writes `content` at the end of another article of the page. */
async function appendTo(articleId: number, content: JSONContent[]): Promise<void> {
  const { page } = get();
  if (!page) return;
  const target = await api.invoke('articles:get', { articleId });
  await writeArticle(articleId, target.fields, [...(articleDoc(target, page).content ?? []), ...content]);
}

export async function splitArticleAtCursor(): Promise<void> {
  const block = cursorBlock();
  if (block) await splitArticleAt(block.index);
}

/**
 * Starts a new article at body block `index`; with `asTitle` (or at a heading)
 * that block becomes its headline. The editor goes on in the new article, at its
 * start, so a following merge is a deliberate act on that article, not an undo.
 */
export async function splitArticleAt(index: number, asTitle = false): Promise<void> {
  const { editor, page, article } = get();
  const block = editor ? docBlocks(editor.state.doc)[index] : undefined;
  if (!editor || !page || !article || !block || index === 0 || block.lines.length === 0) return;
  await flushSave();
  const snapshot = await snapshotOfOpenArticle();
  const { fields, overrides } = get();
  const content = editor.getJSON().content ?? [];
  const line = block.lines[0];
  const titled = asTitle || block.type === 'heading';
  const roles: Record<string, LineRole> = { ...overrides.roles };
  if (titled) for (const headingLine of block.lines) roles[headingLine] = 'title';
  const articleStarts = [...new Set([...overrides.articleStarts, line])].sort((a, b) => a - b);

  await writeArticle(article.id, fields, content.slice(0, index));
  const updated = await api.invoke('pages:setOverrides', { pageId: page.page.id, overrides: { ...overrides, roles, articleStarts } });
  const position = updated.analysis.articles.findIndex((candidate) => candidate.lines.includes(line));
  const tailId = updated.articleIds[position];
  useArticleSession.setState({ page: updated, articleIndex: updated.articleIds.indexOf(article.id) });
  if (tailId === undefined || tailId === article.id) return void (await reloadArticle());
  const tail = await api.invoke('articles:get', { articleId: tailId });
  // Only fill an article that still holds the engine's text: one edited by hand (a split undone, then redone) is someone's work.
  const engineText = updated.analysis.articles[position]?.blocks.map((item) => item.text).join('\n');
  let tailTitle = tail.fields.title;
  if (tail.text === engineText) {
    const body = content.slice(index);
    tailTitle = titled ? nodeText(body[0] ?? {}) : tail.fields.title;
    const engineTail = updated.analysis.articles[position];
    const taken = takeLeadingDateline(titled ? body.slice(1) : body, engineTail?.blocks[0]?.text, engineTail?.dateline ?? null);
    await writeArticle(tailId, { ...tail.fields, title: tailTitle, dateline: taken.dateline }, taken.content);
  }
  refreshLibrary();
  useUiStore.getState().selectArticle(tailId, page.page.id);
  const next = await whenEditorFor(tailId, editor);
  next.commands.focus('start');
  announce({ kind: 'split', first: fields.title, second: tailTitle }, snapshot, next);
}

/** Merges the next article of the page into this one: every field and block of it is kept (merge-articles.ts). */
export async function mergeWithNext(): Promise<void> {
  const { editor, page, article, articleIndex } = get();
  const nextId = page?.articleIds[articleIndex + 1];
  const nextAnalyzed = page?.analysis.articles[articleIndex + 1];
  if (!editor || !page || !article || nextId === undefined || !nextAnalyzed) return;
  await flushSave();
  const snapshot = await snapshotOfOpenArticle();
  const { fields, overrides } = get();
  const next = await api.invoke('articles:get', { articleId: nextId });
  // The merge copies the next article's confirmed tags onto this one: the undo gives both their own back.
  snapshot?.tags.push({ articleId: nextId, tags: next.tags });
  const placements = page.analysis.placements.filter((placement) => placement.article === articleIndex + 1);
  const firstLineOf = (role: LineRole) => placements.find((placement) => placement.role === role)?.line;
  const lines: FieldLines = { title: firstLineOf('title'), subtitle: firstLineOf('subtitle'), byline: firstLineOf('byline'), credit: firstLineOf('credit') };
  const merged = mergeArticles({ fields, content: editor.getJSON().content ?? [] }, { fields: next.fields, content: articleDoc(next, page).content ?? [] }, lines);

  // For the engine: the next article's headline becomes a heading of this one, and no forced start cuts it off.
  const nextLines = new Set(nextAnalyzed.lines);
  const roles: Record<string, LineRole> = { ...overrides.roles };
  for (const placement of placements) if (placement.role === 'title') roles[placement.line] = 'heading';
  const articleStarts = overrides.articleStarts.filter((line) => !nextLines.has(line));

  await writeArticle(article.id, merged.fields, merged.content);
  await api.invoke('pages:setOverrides', { pageId: page.page.id, overrides: { ...overrides, roles, articleStarts } });
  refreshLibrary();
  await reloadArticle();
  const reloaded = await whenEditorFor(article.id, editor);
  announce({ kind: 'merged', first: fields.title, second: next.fields.title, notes: merged.notes }, snapshot, reloaded);
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
  await appendTo(targetId, [moved]);
  refreshLibrary();
}
