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

export function createPageService(store: Store, vocabulary: () => Vocabulary) {
  function requirePage(pageId: number) {
    const page = store.read.pages.get(pageId);
    if (!page) throw notFound({ zh: '版面', en: 'Page' }, pageId);
    return page;
  }

  function assembled(page: { analysisJson: string; raw: string }, overridesJson: string | null): PageAnalysis {
    const overrides = overridesJson ? (JSON.parse(overridesJson) as Record<string, unknown>) : null;
    return applyOverrides(analysisFromJson(page.analysisJson, page.raw), overrides, vocabulary());
  }

  function get(pageId: number): PageDetail {
    const page = requirePage(pageId);
    const analysis = assembled(page, page.overridesJson);
    const articleIds = store.read.articles.liveIdsOfPage(pageId).slice(0, analysis.articles.length);
    return {
      page: store.read.pages.summary(pageId)!,
      analysis,
      overrides: page.overridesJson ? (JSON.parse(page.overridesJson) as unknown) : null,
      articleIds,
    };
  }

  return {
    tree(): IssueGroup[] {
      const groups = new Map<string | null, IssueGroup>();
      for (const page of store.read.pages.summaries()) {
        const group = groups.get(page.issueDate) ?? { issueDate: page.issueDate, pages: [] };
        group.pages.push(page);
        groups.set(page.issueDate, group);
      }
      // Known dates newest first; undated pages last.
      return [...groups.values()].sort((left, right) => (left.issueDate === right.issueDate ? 0 : left.issueDate === null ? 1 : right.issueDate === null ? -1 : right.issueDate.localeCompare(left.issueDate)));
    },

    get,

    /** The stored PDF of a page read from one, whole (the renderer draws its page), or null for a text page. */
    pdf(pageId: number): { pdfPage: number; data: string } | null {
      requirePage(pageId);
      const source = store.read.pdfFiles.sourceOfPage(pageId);
      if (!source) return null;
      const bytes = store.read.pdfFiles.bytes(source.sha256);
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
    setOverrides(pageId: number, overrides: Record<string, unknown>): PageDetail {
      const tagging = vocabulary();
      store.transaction(() => {
        const page = requirePage(pageId);
        const overridesJson = Object.keys(overrides).length ? JSON.stringify(overrides) : null;
        const records = store.read.articles.ofPage(pageId);
        const previous = assembled(page, page.overridesJson);
        const byAnchor = recordsByAnchor(records, previous);
        const previousLines = new Map(previous.articles.map((article) => [anchorLineOf(article), lineKey(article)]));
        store.write.pages.setOverrides(pageId, overridesJson);
        const analysis = assembled(page, overridesJson);
        const now = new Date().toISOString();
        const kept = new Set<number>();
        /** Records whose article gained or lost lines (a split or merge): their tags follow the new text. */
        const restructured = new Set<number>();
        analysis.articles.forEach((article, ordinal) => {
          const flags = analysis.flags.filter((flag) => flag.article === ordinal);
          const anchor = anchorLineOf(article);
          const current = anchor === null ? undefined : byAnchor.get(anchor);
          if (!current || kept.has(current.id)) {
            insertAnalyzedArticle(store, pageId, ordinal, article, flags, now, tagging);
            return;
          }
          kept.add(current.id);
          store.write.articles.setPlace(current.id, ordinal, JSON.stringify(flags), anchor);
          if (current.retiredAt === null && previousLines.get(anchor) !== lineKey(article)) restructured.add(current.id);
          if (current.editedByHand) return;
          const parts = articleDocParts(article);
          if (parts.text === current.text && parts.fields.title === current.title) return;
          writeNextRevision(store, current, parts, { status: current.status, reason: { reason: 'reassemble' }, editedByHand: false, now });
          store.write.articles.setSuggestions(current.id, suggestionsJsonFor(parts, tagging, article.suggestions));
        });
        const carried = new Map<number, ArticleTag[]>();
        for (const record of records) {
          if (kept.has(record.id)) continue;
          store.write.articles.retire(record.id, now);
          // Merged away: the article that now holds its first line takes its confirmed tags.
          const into = record.retiredAt === null && record.anchorLine !== null ? analysis.articles.findIndex((article) => article.lines.includes(record.anchorLine!)) : -1;
          const intoId = into >= 0 ? [...kept].find((id) => store.read.articles.get(id)?.ordinal === into) : undefined;
          if (intoId === undefined) continue;
          carried.set(intoId, [...(carried.get(intoId) ?? []), ...store.read.tags.ofArticle(record.id)]);
          restructured.add(intoId);
        }
        for (const articleId of restructured) retagArticle(store, articleId, tagging, carried.get(articleId));
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

const lineKey = (article: AnalyzedArticle) => [...article.lines].sort((a, b) => a - b).join(',');

export type PageService = ReturnType<typeof createPageService>;
