import { ApiError } from '../../core/api/api-error';
import type { ArticleDetail, ArticleFilter, ArticleStatus, ArticleSummary, RevisionDetail, RevisionSummary, ArticleFields } from '../../core/model/library';
import type { Block } from '../../core/model/page-doc';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';
import { blocksToText } from './article-document';
import { rowParts, storedDoc, writeNextRevision } from './article-records';
import { articleSuggestions, refreshSuggestions } from './article-suggestions';
import { createArticleListing } from './article-listing';
import { summaryColumns, summaryOf, withTags, type SummaryRow } from './article-summaries';
import { notFound, revisionNotFound } from './library-errors';
import { decodeReason } from './revision-reason';
import { bilingual } from '../../core/api/bilingual';

export interface SaveRequest {
  articleId: number;
  baseRevision: number;
  fields: ArticleFields;
  blocks: Block[];
  doc: unknown;
  force?: boolean;
}

export function createArticleService(store: Store, vocabulary: () => Vocabulary) {
  function requireRow(articleId: number): ArticleRow {
    const row = store.read.articles.get(articleId);
    if (!row) throw notFound({ zh: '稿件', en: 'Article' }, articleId);
    return row;
  }

  function checkBase(row: ArticleRow, baseRevision: number, force = false): void {
    if (!force && row.revision !== baseRevision) {
      throw new ApiError('conflict', bilingual(`稿件 ${row.id} 已在别处保存：你编辑的是第 ${baseRevision} 版，文库中已是第 ${row.revision} 版。`, `Article ${row.id} was saved elsewhere: you edited revision ${baseRevision}, the library has ${row.revision}.`), {
        currentRevision: row.revision,
      });
    }
  }

  const now = () => new Date().toISOString();
  const listArticles = createArticleListing(store);

  return {
    list(filter: ArticleFilter, offset: number, limit: number): { items: ArticleSummary[]; total: number } {
      const { ids, total } = listArticles(filter, offset, limit);
      const rows = store.db.prepare(`SELECT ${summaryColumns} FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as SummaryRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { items: withTags(store, ids.map((id) => byId.get(id)!)), total };
    },

    get(articleId: number): ArticleDetail {
      const row = requireRow(articleId);
      const summary = summaryOf(store, articleId)!;
      const parts = rowParts(row);
      return { ...summary, ...parts, tags: store.read.tags.ofArticle(articleId), suggestions: articleSuggestions(store, row, vocabulary()) };
    },

    save(request: SaveRequest): { revision: number; savedAt: string } {
      let textChanged = false;
      const saved = store.transaction(() => {
        const row = requireRow(request.articleId);
        checkBase(row, request.baseRevision, request.force);
        const savedAt = now();
        const parts = { fields: request.fields, blocks: request.blocks, doc: request.doc ?? null, text: blocksToText(request.blocks) };
        textChanged = contentChanged(row, parts);
        const reason = request.force && row.revision !== request.baseRevision ? 'keep-mine' : 'edit';
        const revision = writeNextRevision(store, row, parts, { status: row.status, reason: { reason }, editedByHand: true, now: savedAt });
        return { revision, savedAt };
      });
      // After the commit, so the save itself never waits for tagging; autosave of an unchanged text costs nothing.
      if (textChanged) refreshSuggestions(store, request.articleId, vocabulary());
      return saved;
    },

    setStatus(articleId: number, baseRevision: number, status: ArticleStatus): { revision: number } {
      return store.transaction(() => {
        const row = requireRow(articleId);
        checkBase(row, baseRevision);
        const revision = writeNextRevision(store, row, rowParts(row), { status, reason: { reason: 'status' }, editedByHand: row.editedByHand === 1, now: now() });
        return { revision };
      });
    },

    revisions(articleId: number): RevisionSummary[] {
      requireRow(articleId);
      return store.read.revisions.list(articleId).map(({ reason, ...revision }) => ({ ...revision, ...decodeReason(reason) }));
    },

    revision(articleId: number, revision: number): RevisionDetail {
      const row = store.read.revisions.get(articleId, revision);
      if (!row) throw revisionNotFound(articleId, revision);
      return {
        revision: row.revision,
        savedAt: row.savedAt,
        status: row.status,
        title: row.title,
        ...decodeReason(row.reason),
        fields: JSON.parse(row.fieldsJson) as ArticleFields,
        blocks: JSON.parse(row.blocksJson) as Block[],
        doc: storedDoc(row.docJson, row.blocksJson),
        text: row.text,
      };
    },

    /** Restoring writes the old content as a new revision; history is never rewritten. */
    restore(articleId: number, revision: number, baseRevision: number): { revision: number } {
      const restored = store.transaction(() => {
        const row = requireRow(articleId);
        checkBase(row, baseRevision);
        const old = store.read.revisions.get(articleId, revision);
        if (!old) throw revisionNotFound(articleId, revision);
        const parts = {
          fields: JSON.parse(old.fieldsJson) as ArticleFields,
          blocks: JSON.parse(old.blocksJson) as Block[],
          doc: storedDoc(old.docJson, old.blocksJson),
          text: old.text,
        };
        const next = writeNextRevision(store, row, parts, { status: old.status, reason: { reason: 'restore', detail: String(revision) }, editedByHand: true, now: now() });
        return { revision: next, textChanged: contentChanged(row, parts) };
      });
      if (restored.textChanged) refreshSuggestions(store, articleId, vocabulary());
      return { revision: restored.revision };
    },
  };
}

/** Whether the fields or text the suggestions are computed from have changed. */
function contentChanged(row: ArticleRow, parts: { fields: ArticleFields; text: string }): boolean {
  const { title, subtitle, byline, dateline, credit } = row;
  return parts.text !== row.text || JSON.stringify(parts.fields) !== JSON.stringify({ title, subtitle, byline, dateline, credit });
}

export type ArticleService = ReturnType<typeof createArticleService>;
