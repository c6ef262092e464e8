import type { ExportArticle } from '../../core/export/export-article';
import type { ArticleFilter } from '../../core/model/library';
import type { ArticleRow } from '../store/repositories/articles-repository';
import type { Store } from '../store/store';
import { blocksOfRow, fieldsOfRow } from './article-document';
import { articleFilterSql, whereClause } from './article-filter-sql';
import { tagNames } from './article-summaries';

type ExportRow = Pick<ArticleRow, 'id' | 'pageId' | 'ordinal' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit' | 'status' | 'revision' | 'blocksJson'> & {
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  source: string;
};

const columns = `a.id, a.page_id AS pageId, a.ordinal, a.title, a.subtitle, a.byline, a.dateline, a.credit, a.status, a.revision, a.blocks_json AS blocksJson,
  p.publication, p.issue_date AS issueDate, p.page_label AS pageLabel, p.source`;

/** The selected articles in reading order (issue, page, ordinal), with their tags. */
export function loadExportArticles(store: Store, selection: { articleIds?: number[]; filter?: ArticleFilter; confirmedTagsOnly: boolean }): ExportArticle[] {
  const { conditions, params } = articleFilterSql(selection.filter ?? {});
  conditions.push('a.retired_at IS NULL');
  if (selection.articleIds) {
    conditions.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(selection.articleIds));
  }
  const rows = store.db
    .prepare(`SELECT ${columns} FROM articles a JOIN pages p ON p.id = a.page_id ${whereClause(conditions)} ORDER BY p.issue_date, p.page_label, a.page_id, a.ordinal`)
    .all(...params) as ExportRow[];
  const tags = store.read.tags.ofArticles(rows.map((row) => row.id));
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
