import type { IssueGroup, PageDetail } from '../../core/model/library';
import type { PageAnalysis } from '../../core/model/page-analysis';
import type { Vocabulary } from '../../core/model/vocabulary';
import type { Store } from '../store/store';
import { articleDocParts } from './article-document';
import { insertAnalyzedArticle, writeNextRevision } from './article-records';
import { applyOverrides } from './apply-overrides';
import { notFound } from './library-errors';
import { analysisFromJson } from './stored-analysis';

export function createPageService(store: Store, vocabulary: () => Vocabulary) {
  function requirePage(pageId: number) {
    const page = store.read.pages.get(pageId);
    if (!page) throw notFound('Page', pageId);
    return page;
  }

  function assembled(page: { analysisJson: string; raw: string }, overridesJson: string | null): PageAnalysis {
    const overrides = overridesJson ? (JSON.parse(overridesJson) as Record<string, unknown>) : null;
    return applyOverrides(analysisFromJson(page.analysisJson, page.raw), overrides, vocabulary());
  }

  function get(pageId: number): PageDetail {
    const page = requirePage(pageId);
    const analysis = assembled(page, page.overridesJson);
    const articleIds = store.read.articles
      .ofPage(pageId)
      .filter((article) => article.ordinal < analysis.articles.length)
      .map((article) => article.id);
    return {
      page: store.read.pages.summary(pageId)!,
      raw: page.raw,
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

    /**
     * Stores the overrides and re-syncs the page's articles in one transaction:
     * articles the editor has not edited by hand follow the new assembly (as a new
     * revision); edited ones keep their text. Articles the new assembly no longer has
     * are removed unless edited by hand, in which case they stay after the others.
     */
    setOverrides(pageId: number, overrides: Record<string, unknown>): PageDetail {
      store.transaction(() => {
        const page = requirePage(pageId);
        const overridesJson = Object.keys(overrides).length ? JSON.stringify(overrides) : null;
        store.write.pages.setOverrides(pageId, overridesJson);
        const analysis = assembled(page, overridesJson);
        const existing = store.read.articles.ofPage(pageId);
        const now = new Date().toISOString();
        analysis.articles.forEach((article, ordinal) => {
          const flags = analysis.flags.filter((flag) => flag.article === ordinal);
          const current = existing[ordinal];
          if (!current) {
            insertAnalyzedArticle(store, pageId, ordinal, article, flags, now);
            return;
          }
          store.write.articles.setPlace(current.id, ordinal, JSON.stringify(flags));
          if (current.editedByHand) return;
          const parts = articleDocParts(article);
          if (parts.text === current.text && parts.fields.title === current.title) return;
          writeNextRevision(store, current, parts, { status: current.status, reason: 'reassembled', editedByHand: false, now });
        });
        existing.slice(analysis.articles.length).forEach((leftover, index) => {
          if (leftover.editedByHand) store.write.articles.setPlace(leftover.id, analysis.articles.length + index, leftover.flagsJson);
          else store.write.articles.remove(leftover.id);
        });
      });
      return get(pageId);
    },
  };
}

export type PageService = ReturnType<typeof createPageService>;
