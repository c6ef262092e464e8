import type { ExportArticle } from '../../core/export/export-article';
import type { ArticleFilter } from '../../core/model/library';
import type { Store } from '../store/store';
import { blocksOfRow, fieldsOfRow } from './article-document';
import { tagNames } from './article-summaries';

/** The selected articles in reading order (issue, page, ordinal), with their tags. */
export async function loadExportArticles(store: Store, selection: { articleIds?: number[]; filter?: ArticleFilter; confirmedTagsOnly: boolean }): Promise<ExportArticle[]> {
  const rows = await store.read.listing.exportRows(selection);
  const tags = await store.read.tags.ofArticles(rows.map((row) => row.id));
  return rows.map((row) => {
    const own = tags.get(row.id) ?? [];
    const suggested = selection.confirmedTagsOnly ? { courts: [], themes: [] } : tagNames(own.filter((tag) => tag.source === 'suggested'));
    return {
      id: row.id,
      pageId: row.pageId,
      ordinal: row.ordinal,
      fields: fieldsOfRow(row),
      blocks: blocksOfRow(row),
      ...tagNames(own.filter((tag) => tag.source === 'confirmed')),
      suggestedCourts: suggested.courts,
      suggestedThemes: suggested.themes,
      status: row.status,
      revision: row.revision,
      publication: row.publication,
      issueDate: row.issueDate,
      pageLabel: row.pageLabel,
      source: row.source,
    };
  });
}
