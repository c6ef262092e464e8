import type { SqlClient } from '../sql/sql-client';

export interface PageSource {
  sha256: string;
  /** 1-based page number inside the PDF. */
  pdfPage: number;
}

export interface NewPdfFile {
  sha256: string;
  bytes: Uint8Array;
  pageCount: number;
  storedAt: string;
}

export function createPdfFileReads(sql: SqlClient) {
  return {
    sourceOfPage: (pageId: number) => sql.get<PageSource>('SELECT pdf_sha256 AS sha256, pdf_page AS "pdfPage" FROM pages WHERE id = ? AND pdf_sha256 IS NOT NULL', [pageId]),
    bytes: (sha256: string) => sql.value<Buffer>('SELECT bytes FROM pdf_files WHERE sha256 = ?', [sha256]),
    has: async (sha256: string) => (await sql.value('SELECT 1 FROM pdf_files WHERE sha256 = ?', [sha256])) !== undefined,
    count: async () => (await sql.value<number>('SELECT count(*) FROM pdf_files'))!,
  };
}

export function createPdfFileWrites(sql: SqlClient) {
  return {
    /**
     * A PDF already stored (the same file imported again) is kept as it is.
     * Removal is the pages_pdf_release trigger's (migration 0009): with the last page that refers to it.
     */
    insert: async (file: NewPdfFile) =>
      (
        await sql.run('INSERT INTO pdf_files (sha256, bytes, size, page_count, stored_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
          file.sha256,
          file.bytes,
          file.bytes.length,
          file.pageCount,
          file.storedAt,
        ])
      ).changes,
  };
}
