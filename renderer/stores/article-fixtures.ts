// Test support for the renderer stores: library records as main would send them.
import type { ArticleSummary } from '../../core/model/library';

export function articleSummary(id: number): ArticleSummary {
  return {
    id,
    pageId: 1,
    ordinal: id,
    title: `稿件${id}`,
    status: 'raw',
    revision: 1,
    courts: [],
    themes: [],
    tags: [],
    issueDate: null,
    pageLabel: null,
    updatedAt: '2025-01-01T00:00:00Z',
  };
}
