import type { Database } from 'better-sqlite3';
import type { PageSummary } from '../../../core/model/library';

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

const summaryColumns = `p.id, p.source, p.publication, p.issue_date AS issueDate, p.page_label AS pageLabel, p.imported_at AS importedAt,
  (SELECT count(*) FROM articles a WHERE a.page_id = p.id AND a.retired_at IS NULL) AS articleCount`;

export function createPageReads(db: Database) {
  const byId = db.prepare(`SELECT id, source, content_hash AS contentHash, raw, encoding, publication, issue_date AS issueDate, page_label AS pageLabel,
    analysis_json AS analysisJson, overrides_json AS overridesJson, imported_at AS importedAt FROM pages WHERE id = ?`);
  const byHash = db.prepare('SELECT id FROM pages WHERE content_hash = ? ORDER BY id').pluck();
  const summaryById = db.prepare(`SELECT ${summaryColumns} FROM pages p WHERE p.id = ?`);
  // From the pages_listing index alone, with each page's count from the live articles index (migration 0006).
  const summaries = db.prepare(`SELECT ${summaryColumns} FROM pages p INDEXED BY pages_listing ORDER BY p.issue_date DESC, p.page_label, p.id`);
  const count = db.prepare('SELECT count(*) FROM pages').pluck();
  return {
    get: (id: number) => byId.get(id) as PageRow | undefined,
    idsWithHash: (hash: string) => byHash.all(hash) as number[],
    summary: (id: number) => summaryById.get(id) as PageSummary | undefined,
    summaries: () => summaries.all() as PageSummary[],
    count: () => count.get() as number,
  };
}

export function createPageWrites(db: Database) {
  const insert = db.prepare(`INSERT INTO pages (source, content_hash, raw, encoding, publication, issue_date, page_label, analysis_json, imported_at, pdf_sha256, pdf_page)
    VALUES (@source, @contentHash, @raw, @encoding, @publication, @issueDate, @pageLabel, @analysisJson, @importedAt, @pdfSha256, @pdfPage)`);
  const setOverrides = db.prepare('UPDATE pages SET overrides_json = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM pages WHERE id = ?');
  return {
    insert: (page: NewPage) => Number(insert.run({ pdfSha256: null, pdfPage: null, ...page }).lastInsertRowid),
    setOverrides: (id: number, overridesJson: string | null) => setOverrides.run(overridesJson, id).changes,
    remove: (id: number) => remove.run(id).changes,
  };
}

export type PageReads = ReturnType<typeof createPageReads>;
export type PageWrites = ReturnType<typeof createPageWrites>;
