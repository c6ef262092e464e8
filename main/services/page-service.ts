import type { ArticleTag, IssueGroup, PageDetail } from '../../core/model/library';
import type { AnalyzedArticle, PageAnalysis } from '../../core/model/page-analysis';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { Store } from '../store/store';
import { articleDocParts } from './article-document';
import type { ArticleRow } from '../store/repositories/articles-repository';
import { anchorLineOf, insertAnalyzedArticle, writeNextRevision } from './article-records';
import { retagArticle, suggestionsJsonFor } from './article-suggestions';
import { applyOverrides } from './apply-overrides';
import { notFound } from './library-errors';
import { analysisFromJson } from './stored-analysis';
import { assembleStored, type AssembledPage } from './stored-overrides';

export function createPageService(store: Store, vocabulary: () => Vocabulary) {
  async function requirePage(pageId: number) {
    const page = await store.read.pages.get(pageId);
    if (!page) throw notFound({ zh: '版面', en: 'Page' }, pageId);
    return page;
  }

  /** Stored overrides are re-validated on every read (see stored-overrides.ts); the ones being written were validated by the contract. */
  function assembled(page: { analysisJson: string; raw: string }, overridesJson: string | null, { stored = true } = {}): AssembledPage {
    const analysis = analysisFromJson(page.analysisJson, page.raw);
    if (stored) return assembleStored(analysis, overridesJson, vocabulary());
    const overrides = overridesJson ? (JSON.parse(overridesJson) as Record<string, unknown>) : null;
    return { analysis: applyOverrides(analysis, overrides, vocabulary()), overrides, dropped: [] };
  }

  /** One state of the page: its assembly and its article ids are read together, never across another's re-assembly. */
  function get(pageId: number): Promise<PageDetail> {
    return store.sql.snapshot(async () => {
      const page = await requirePage(pageId);
      const { analysis, overrides, dropped } = assembled(page, page.overridesJson);
      const articleIds = (await store.read.articles.liveIdsOfPage(pageId)).slice(0, analysis.articles.length);
      const summary = (await store.read.pages.summary(pageId))!;
      // The editor gets only the valid part: its next change stores that, and the invalid rest is gone for good.
      return { page: summary, analysis, overrides, droppedOverrides: dropped, articleIds };
    });
  }

  return {
    async tree(): Promise<IssueGroup[]> {
      const groups = new Map<string | null, IssueGroup>();
      for (const page of await store.read.pages.summaries()) {
        const group = groups.get(page.issueDate) ?? { issueDate: page.issueDate, pages: [] };
        group.pages.push(page);
        groups.set(page.issueDate, group);
      }
      // Known dates newest first; undated pages last.
      return [...groups.values()].sort((left, right) => (left.issueDate === right.issueDate ? 0 : left.issueDate === null ? 1 : right.issueDate === null ? -1 : right.issueDate.localeCompare(left.issueDate)));
    },

    get,

    /** The stored PDF of a page read from one, whole (the renderer draws its page), or null for a text page. */
    async pdf(pageId: number): Promise<{ pdfPage: number; data: string } | null> {
      await requirePage(pageId);
      const source = await store.read.pdfFiles.sourceOfPage(pageId);
      if (!source) return null;
      const bytes = await store.read.pdfFiles.bytes(source.sha256);
      return bytes ? { pdfPage: source.pdfPage, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') } : null;
    },

    /**
     * Stores the overrides and re-syncs the page's articles in one transaction.
     * Each assembled article is paired with the record of the same identity (its
     * anchor line, see anchorLineOf), never by position, so a split or merge does
     * not hand one article's tags, status or history to another:
     * - a matched record takes the article's place (order follows the page); if
     *   not edited by hand it follows the new assembly as a new revision, and
     *   gets fresh suggestions;
     * - an article with no record is new: a record with the engine's tags;
     * - a live record whose article is gone (merged away) is retired, not deleted:
     *   it leaves listings and search, its revisions stay, and it comes back to
     *   life if a later assembly gives its anchor line an article again.
     */
    async setOverrides(pageId: number, overrides: Record<string, unknown>, options: { restoreTags?: readonly TagsToRestore[] } = {}): Promise<PageDetail> {
      const tagging = vocabulary();
      await store.transaction(async () => {
        // Two people re-structuring one page take turns; the second starts from what the first stored.
        await store.serialize(`page:${pageId}`);
        const page = await requirePage(pageId);
        const overridesJson = Object.keys(overrides).length ? JSON.stringify(overrides) : null;
        const records = await store.read.articles.ofPage(pageId);
        const previous = assembled(page, page.overridesJson).analysis;
        const byAnchor = recordsByAnchor(records, previous);
        const previousLines = new Map(previous.articles.map((article) => [anchorLineOf(article), lineKey(article)]));
        await store.write.pages.setOverrides(pageId, overridesJson);
        const { analysis } = assembled(page, overridesJson, { stored: false });
        const now = new Date().toISOString();
        const kept = new Set<number>();
        /** Records whose article gained or lost lines (a split or merge): their tags follow the new text. */
        const restructured = new Set<number>();
        for (const [ordinal, article] of analysis.articles.entries()) {
          const flags = analysis.flags.filter((flag) => flag.article === ordinal);
          const anchor = anchorLineOf(article);
          const current = anchor === null ? undefined : byAnchor.get(anchor);
          if (!current || kept.has(current.id)) {
            await insertAnalyzedArticle(store, pageId, ordinal, article, flags, now, tagging);
            continue;
          }
          kept.add(current.id);
          await store.write.articles.setPlace(current.id, ordinal, JSON.stringify(flags), anchor);
          if (current.retiredAt === null && previousLines.get(anchor) !== lineKey(article)) restructured.add(current.id);
          if (current.editedByHand) continue;
          const parts = articleDocParts(article);
          if (parts.text === current.text && parts.fields.title === current.title) continue;
          await writeNextRevision(store, current, parts, { status: current.status, reason: { reason: 'reassemble' }, editedByHand: false, now });
          await store.write.articles.setSuggestions(current.id, suggestionsJsonFor(parts, tagging, article.suggestions));
        }
        const carried = new Map<number, ArticleTag[]>();
        for (const record of records) {
          if (kept.has(record.id)) continue;
          await store.write.articles.retire(record.id, now);
          // Merged away: the article that now holds its first line takes its confirmed tags.
          const into = record.retiredAt === null && record.anchorLine !== null ? analysis.articles.findIndex((article) => article.lines.includes(record.anchorLine!)) : -1;
          const intoId = into >= 0 ? await findAsync([...kept], async (id) => (await store.read.articles.get(id))?.ordinal === into) : undefined;
          if (intoId === undefined) continue;
          carried.set(intoId, [...(carried.get(intoId) ?? []), ...(await store.read.tags.ofArticle(record.id))]);
          restructured.add(intoId);
        }
        for (const articleId of restructured) await retagArticle(store, articleId, tagging, carried.get(articleId));
        // An undo puts every tag back as it was, confirmed and suggested, the re-sync's choices notwithstanding; rejections are left as they are.
        for (const { articleId, tags } of options.restoreTags ?? []) {
          if ((await store.read.articles.get(articleId))?.pageId !== pageId) throw notFound({ zh: '本版面的稿件', en: 'Article of this page' }, articleId);
          await store.write.tags.replace(articleId, tags);
        }
      });
      return get(pageId);
    },
  };
}

/**
 * The page's records by anchor line. Records from before anchors were stored
 * (migration 0004) have none; a live one takes the anchor of the article at its
 * place in the page as it was assembled until now, which is what it was synced to.
 */
function recordsByAnchor(records: readonly ArticleRow[], previous: PageAnalysis): Map<number, ArticleRow> {
  const byAnchor = new Map<number, ArticleRow>();
  for (const record of records) {
    let anchor = record.anchorLine;
    if (anchor === null && record.retiredAt === null) {
      const article = previous.articles[record.ordinal];
      anchor = article ? anchorLineOf(article) : null;
    }
    // A live record wins over a retired one with the same anchor.
    if (anchor !== null && (!byAnchor.has(anchor) || (record.retiredAt === null && byAnchor.get(anchor)!.retiredAt !== null))) byAnchor.set(anchor, record);
  }
  return byAnchor;
}

/** The first item the (async) test holds for, in order. */
async function findAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<T | undefined> {
  for (const item of items) if (await test(item)) return item;
  return undefined;
}

const lineKey = (article: AnalyzedArticle) => [...article.lines].sort((a, b) => a - b).join(',');

/** An article's tags as they were, for an undo to put back. */
export interface TagsToRestore {
  articleId: number;
  tags: readonly ArticleTag[];
}

export type PageService = ReturnType<typeof createPageService>;
