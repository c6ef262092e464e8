import type { PageSummary } from '../../../core/model/library';
import type { SqlClient } from '../sql/sql-client';

export interface PageRow {
  id: number;
  source: string;
  contentHash: string;
  raw: string;
  encoding: string | null;
  publication: string | null;
  issueDate: string | null;
  pageLabel: string | null;
  analysisJson: string;
  overridesJson: string | null;
  importedAt: string;
}

export type NewPage = Omit<PageRow, 'id' | 'overridesJson'> & {
  /** The stored PDF (pdf_files) the page was read from, and its 1-based page in it; none for text pages. */
  pdfSha256?: string | null;
  pdfPage?: number | null;
};

const summaryColumns = `p.id, p.source, p.publication, p.issue_date AS "issueDate", p.page_label AS "pageLabel", p.imported_at AS "importedAt",
  (SELECT count(*) FROM articles a WHERE a.page_id = p.id AND a.retired_at IS NULL) AS "articleCount"`;

export function createPageReads(sql: SqlClient) {
  // SQLite is told which index to walk (migration 0006: the listing from the index alone); PostgreSQL plans it itself.
  const listingIndex = sql.engine === 'sqlite' ? 'INDEXED BY pages_listing' : '';
  return {
    get: (id: number) =>
      sql.get<PageRow>(
        `SELECT id, source, content_hash AS "contentHash", raw, encoding, publication, issue_date AS "issueDate", page_label AS "pageLabel",
          analysis_json AS "analysisJson", overrides_json AS "overridesJson", imported_at AS "importedAt" FROM pages WHERE id = ?`,
        [id],
      ),
    idsWithHash: (hash: string) => sql.column<number>('SELECT id FROM pages WHERE content_hash = ? ORDER BY id', [hash]),
    summary: (id: number) => sql.get<PageSummary>(`SELECT ${summaryColumns} FROM pages p WHERE p.id = ?`, [id]),
    // NULLS LAST/FIRST spelled out: SQLite and PostgreSQL place NULLs at opposite ends by default.
    summaries: () => sql.all<PageSummary>(`SELECT ${summaryColumns} FROM pages p ${listingIndex} ORDER BY p.issue_date DESC NULLS LAST, p.page_label NULLS FIRST, p.id`),
    count: async () => (await sql.value<number>('SELECT count(*) FROM pages'))!,
  };
}

export function createPageWrites(sql: SqlClient) {
  return {
    insert: async (page: NewPage) =>
      (await sql.value<number>(
        `INSERT INTO pages (source, content_hash, raw, encoding, publication, issue_date, page_label, analysis_json, imported_at, pdf_sha256, pdf_page)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [page.source, page.contentHash, page.raw, page.encoding, page.publication, page.issueDate, page.pageLabel, page.analysisJson, page.importedAt, page.pdfSha256 ?? null, page.pdfPage ?? null],
      ))!,
    setOverrides: async (id: number, overridesJson: string | null) => (await sql.run('UPDATE pages SET overrides_json = ? WHERE id = ?', [overridesJson, id])).changes,
    remove: async (id: number) => (await sql.run('DELETE FROM pages WHERE id = ?', [id])).changes,
  };
}

export type PageReads = ReturnType<typeof createPageReads>;
export type PageWrites = ReturnType<typeof createPageWrites>;
