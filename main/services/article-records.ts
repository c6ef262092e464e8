// Writing an article's content always writes the matching revision row: the two
// never drift apart because both happen inside the caller's transaction.
import type { ArticleFields, ArticleStatus, ArticleTag, RevisionReason } from '../../core/model/library';
import type { AnalyzedArticle, Flag } from '../../core/model/page-analysis';
import type { Block } from '../../core/model/page-doc';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';
import { articleDocParts, blocksOfRow, blocksToDoc, fieldsOfRow, type ArticleContentParts } from './article-document';
import { suggestionsJsonFor } from './article-suggestions';
import { encodeReason } from './revision-reason';

/**
 * An article's identity across re-assembly: the first (lowest) raw line it holds.
 * Splitting an article keeps that line with the head, so the head keeps the
 * record and the tail is new; merging two keeps the first one's line, so the
 * first keeps its record and the second is retired. The lowest index rather
 * than `lines[0]` so that a reading-order move inside the article changes nothing.
 */
export function anchorLineOf(article: AnalyzedArticle): number | null {
  return article.lines.length ? Math.min(...article.lines) : null;
}

export async function insertAnalyzedArticle(
  store: Store,
  pageId: number,
  ordinal: number,
  article: AnalyzedArticle,
  flags: readonly Flag[],
  now: string,
  vocabulary: Vocabulary,
): Promise<number> {
  const parts = articleDocParts(article);
  const articleId = await store.write.articles.insert({
    pageId,
    ordinal,
    ...parts.fields,
    status: 'raw',
    docJson: docJsonOf(parts),
    blocksJson: JSON.stringify(parts.blocks),
    text: parts.text,
    revision: 1,
    editedByHand: 0,
    flagsJson: JSON.stringify(flags),
    updatedAt: now,
    anchorLine: anchorLineOf(article),
    suggestionsJson: suggestionsJsonFor(parts, vocabulary, article.suggestions),
  });
  await store.write.revisions.insert(revisionRow(articleId, 1, now, { reason: 'import' }, 'raw', parts));
  const tags: ArticleTag[] = [
    ...article.courts.map((name) => ({ type: 'court' as const, name, source: 'suggested' as const })),
    ...article.themes.map((name) => ({ type: 'theme' as const, name, source: 'suggested' as const })),
  ];
  await store.write.tags.replace(articleId, tags);
  return articleId;
}

/** Writes `parts` as revision current+1 of an existing article. */
export async function writeNextRevision(
  store: Store,
  current: ArticleRow,
  parts: ArticleContentParts,
  options: { status: ArticleStatus; reason: StoredReason; editedByHand: boolean; now: string },
): Promise<number> {
  const revision = current.revision + 1;
  await store.write.articles.update({
    id: current.id,
    ...parts.fields,
    status: options.status,
    docJson: docJsonOf(parts),
    blocksJson: JSON.stringify(parts.blocks),
    text: parts.text,
    revision,
    editedByHand: options.editedByHand ? 1 : 0,
    updatedAt: options.now,
  });
  await store.write.revisions.insert(revisionRow(current.id, revision, options.now, options.reason, options.status, parts));
  return revision;
}

export function rowParts(row: ArticleRow): ArticleContentParts {
  return {
    fields: fieldsOfRow(row),
    blocks: blocksOfRow(row),
    doc: storedDoc(row.docJson, row.blocksJson),
    text: row.text,
  };
}

/** 'null' when the document is the one the blocks give anyway (most articles): stored once, not twice. */
function docJsonOf(parts: ArticleContentParts): string {
  const json = JSON.stringify(parts.doc ?? null);
  return json === JSON.stringify(blocksToDoc(parts.blocks)) ? 'null' : json;
}

/** The TipTap document as stored, or derived from the blocks when none was stored. */
export function storedDoc(docJson: string, blocksJson: string): unknown {
  return (JSON.parse(docJson) as unknown) ?? blocksToDoc(JSON.parse(blocksJson) as Block[]);
}

export interface StoredReason {
  reason: RevisionReason;
  detail?: string;
}

function revisionRow(articleId: number, revision: number, savedAt: string, reason: StoredReason, status: ArticleStatus, parts: ArticleContentParts) {
  return {
    articleId,
    revision,
    savedAt,
    reason: encodeReason(reason),
    status,
    title: parts.fields.title,
    fieldsJson: JSON.stringify(parts.fields satisfies ArticleFields),
    blocksJson: JSON.stringify(parts.blocks),
    docJson: docJsonOf(parts),
    text: parts.text,
  };
}
