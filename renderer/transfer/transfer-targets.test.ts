import { describe, expect, it } from 'vitest';
import type { IssueGroup, PageSummary } from '../../core/model/library';
import { articleSummary } from '../stores/article-fixtures';
import { defaultTargetKind, pagesOfCheckedArticles, transferTargets } from './transfer-targets';

const page = (id: number, issueDate: string | null): PageSummary => ({ id, source: `p${id}.txt`, publication: null, issueDate, pageLabel: null, articleCount: 2, importedAt: '2025-06-27T00:00:00Z' });
const tree: IssueGroup[] = [
  { issueDate: '2025-06-27', pages: [page(1, '2025-06-27'), page(2, '2025-06-27')] },
  { issueDate: null, pages: [page(5, null), page(6, null)] },
];

describe('transfer targets', () => {
  it('offers the page selected and every page of its issue', () => {
    expect(transferTargets(tree, { kind: 'page', pageId: 2 })).toEqual({ page: 2, issue: [1, 2] });
    expect(transferTargets(tree, { kind: 'issue', issueDate: '2025-06-27' })).toEqual({ page: null, issue: [1, 2] });
  });

  it('makes no issue of undated pages, and nothing of the whole library', () => {
    expect(transferTargets(tree, { kind: 'page', pageId: 5 })).toEqual({ page: 5, issue: [] });
    expect(transferTargets(tree, { kind: 'all' })).toEqual({ page: null, issue: [] });
  });

  it('takes each page of the ticked articles once, and names the ticked articles the list does not show', () => {
    const shown = [{ ...articleSummary(10), pageId: 1 }, { ...articleSummary(11), pageId: 1 }, { ...articleSummary(12), pageId: 2 }];
    expect(pagesOfCheckedArticles([10, 11, 12, 40], shown)).toEqual({ pageIds: [1, 2], unknownArticleIds: [40] });
  });

  it('defaults to the ticked articles, then the page, then the issue', () => {
    expect(defaultTargetKind({ page: 2, issue: [1, 2] }, 3)).toBe('checked');
    expect(defaultTargetKind({ page: 2, issue: [1, 2] }, 0)).toBe('page');
    expect(defaultTargetKind({ page: null, issue: [1, 2] }, 0)).toBe('issue');
    expect(defaultTargetKind({ page: null, issue: [] }, 0)).toBeNull();
  });
});
