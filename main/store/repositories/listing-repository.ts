// What lists of articles read: the library listing (newest issue first, pages
// in label order, articles in reading order) as ids, the summaries of a page of
// ids, and the articles an export selects.
import type { ArticleFilter } from '../../../core/model/library';
import { articleFilterSql, whereClause } from '../article-filter-sql';
import type { SqlClient } from '../sql/sql-client';
import type { ArticleRow } from './articles-repository';

export type SummaryRow = Pick<ArticleRow, 'id' | 'pageId' | 'ordinal' | 'title' | 'status' | 'revision' | 'updatedAt'> & {
  issueDate: string | null;
  pageLabel: string | null;
};

export type ExportRow = Pick<ArticleRow, 'id' | 'pageId' | 'ordinal' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'credit' | 'status' | 'revision' | 'blocksJson'> & {
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  source: string;
};

const summaryColumns = `a.id, a.page_id AS "pageId", a.ordinal, a.title, a.status, a.revision, a.updated_at AS "updatedAt",
  p.issue_date AS "issueDate", p.page_label AS "pageLabel"`;

const exportColumns = `a.id, a.page_id AS "pageId", a.ordinal, a.title, a.subtitle, a.byline, a.dateline, a.credit, a.status, a.revision, a.blocks_json AS "blocksJson",
  p.publication, p.issue_date AS "issueDate", p.page_label AS "pageLabel", p.source`;

export function createListingReads(sql: SqlClient) {
  // SQLite is told the join order and indexes (CROSS JOIN, INDEXED BY): its planner
  // otherwise starts from the filter's id set and looks every article up in its
  // table, whose rows hold whole texts (150–300 ms on 100k articles). The listing
  // then walks slim indexes only: pages by issue, each page's live articles by
  // ordinal, stopping at the requested page. PostgreSQL's planner needs no hints.
  const sqlite = sql.engine === 'sqlite';
  const hint = (index: string) => (sqlite ? `INDEXED BY ${index}` : '');
  const join = sqlite ? 'CROSS JOIN' : 'JOIN';

  return {
    async articleIds(filter: ArticleFilter, offset: number, limit: number): Promise<{ ids: number[]; total: number }> {
      const { conditions, params } = articleFilterSql(filter, 'a.id');
      // Retired articles (merged away, migration 0004) are not in the live indexes; saying so lets the engine use them.
      const where = whereClause(['a.retired_at IS NULL', ...conditions]);
      // live_articles_by_status holds every live article id: the smallest thing to count over.
      const total = (await sql.value<number>(`SELECT count(*) FROM articles a ${hint('live_articles_by_status')} ${where}`, params))!;
      const ids = await sql.column<number>(
        `SELECT a.id FROM pages p ${hint('pages_by_issue_desc')} ${join} articles a ${hint('live_articles_by_page')} ON a.page_id = p.id ${where}
         ORDER BY p.issue_date DESC NULLS LAST, p.page_label NULLS FIRST, p.id, a.ordinal LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
      return { ids, total };
    },

    /** Summaries of the given articles, in no particular order. */
    async summaries(articleIds: readonly number[]): Promise<SummaryRow[]> {
      if (articleIds.length === 0) return [];
      const ids = sql.idList(articleIds);
      return sql.all<SummaryRow>(`SELECT ${summaryColumns} FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN ${ids.sql}`, [ids.param]);
    },

    /** Summaries with each article's text, for search hits and their snippets. */
    async summariesWithText(articleIds: readonly number[]): Promise<(SummaryRow & { text: string })[]> {
      if (articleIds.length === 0) return [];
      const ids = sql.idList(articleIds);
      return sql.all<SummaryRow & { text: string }>(`SELECT ${summaryColumns}, a.text AS text FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN ${ids.sql}`, [ids.param]);
    },

    summary: (articleId: number) => sql.get<SummaryRow>(`SELECT ${summaryColumns} FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`, [articleId]),

    /** The selected live articles in reading order (issue, page, ordinal). */
    exportRows(selection: { articleIds?: readonly number[]; filter?: ArticleFilter }): Promise<ExportRow[]> {
      const { conditions, params } = articleFilterSql(selection.filter ?? {});
      conditions.push('a.retired_at IS NULL');
      if (selection.articleIds) {
        const ids = sql.idList(selection.articleIds);
        conditions.push(`a.id IN ${ids.sql}`);
        params.push(ids.param);
      }
      return sql.all<ExportRow>(
        `SELECT ${exportColumns} FROM articles a JOIN pages p ON p.id = a.page_id ${whereClause(conditions)}
         ORDER BY p.issue_date NULLS FIRST, p.page_label NULLS FIRST, a.page_id, a.ordinal`,
        params,
      );
    },
  };
}

export type ListingReads = ReturnType<typeof createListingReads>;
