// Which pages a 发送到共享文库 / 带回本机 sends: the page selected in the tree,
// every page of an issue, or the pages the ticked articles are on.
import type { ArticleSummary, IssueGroup } from '../../core/model/library';
import type { LibraryScope } from '../stores/library-store';

export type TransferTargetKind = 'page' | 'issue' | 'checked';

export interface TransferTargets {
  /** The page selected in the tree, if one is. */
  page: number | null;
  /** The pages of the issue selected, or of the selected page's issue. */
  issue: number[];
}

export function transferTargets(tree: readonly IssueGroup[], scope: LibraryScope): TransferTargets {
  if (scope.kind === 'page') {
    const group = tree.find((entry) => entry.pages.some((page) => page.id === scope.pageId));
    // Undated pages share no issue: an issue of them would be a guess.
    return { page: scope.pageId, issue: group && group.issueDate !== null ? group.pages.map((page) => page.id) : [] };
  }
  if (scope.kind === 'issue') {
    const group = tree.find((entry) => entry.issueDate === scope.issueDate);
    return { page: null, issue: group ? group.pages.map((page) => page.id) : [] };
  }
  return { page: null, issue: [] };
}

/** The pages of the ticked articles the list knows, and the ticked articles it does not (ticked on another page and scrolled away). */
export function pagesOfCheckedArticles(checkedIds: readonly number[], known: readonly ArticleSummary[]): { pageIds: number[]; unknownArticleIds: number[] } {
  const pageOf = new Map(known.map((article) => [article.id, article.pageId]));
  const pageIds = new Set<number>();
  const unknownArticleIds: number[] = [];
  for (const articleId of checkedIds) {
    const pageId = pageOf.get(articleId);
    if (pageId === undefined) unknownArticleIds.push(articleId);
    else pageIds.add(pageId);
  }
  return { pageIds: [...pageIds], unknownArticleIds };
}

/** The default: what the editor singled out most narrowly and last — ticked articles, then the page, then the issue. */
export function defaultTargetKind(targets: TransferTargets, checkedCount: number): TransferTargetKind | null {
  if (checkedCount > 0) return 'checked';
  if (targets.page !== null) return 'page';
  if (targets.issue.length > 0) return 'issue';
  return null;
}
