import type { Database } from 'better-sqlite3';

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

export function createPdfFileReads(db: Database) {
  const sourceOfPage = db.prepare('SELECT pdf_sha256 AS sha256, pdf_page AS pdfPage FROM pages WHERE id = ? AND pdf_sha256 IS NOT NULL');
  const bytes = db.prepare('SELECT bytes FROM pdf_files WHERE sha256 = ?').pluck();
  const has = db.prepare('SELECT 1 FROM pdf_files WHERE sha256 = ?').pluck();
  const count = db.prepare('SELECT count(*) FROM pdf_files').pluck();
  return {
    sourceOfPage: (pageId: number) => sourceOfPage.get(pageId) as PageSource | undefined,
    bytes: (sha256: string) => bytes.get(sha256) as Buffer | undefined,
    has: (sha256: string) => has.get(sha256) !== undefined,
    count: () => count.get() as number,
  };
}

export function createPdfFileWrites(db: Database) {
  // A PDF already stored (the same file imported again) is kept as it is.
  const insert = db.prepare('INSERT OR IGNORE INTO pdf_files (sha256, bytes, size, page_count, stored_at) VALUES (?, ?, ?, ?, ?)');
  return {
    /** Removal is the pages_pdf_release trigger's (migration 0008): with the last page that refers to it. */
    insert: (file: NewPdfFile) => insert.run(file.sha256, file.bytes, file.bytes.length, file.pageCount, file.storedAt).changes,
  };
}
