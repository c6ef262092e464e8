import type { Database } from 'better-sqlite3';

// The original PDFs, kept with the pages read from them. In the library file
// itself, as content-addressed blobs, rather than as files beside it: a backup
// (a copy of the one SQLite file) and a restore then carry the PDFs with no
// second step, a page and its PDF are written and removed in the same
// transaction (no orphan file after a crash, no page whose file is missing),
// and `qinggao check`'s integrity and foreign-key checks cover them. A PDF is
// stored once however many pages (or imports) refer to it, and removed by the
// trigger below in the transaction that removes its last page.
// The blob table has a rowid (not WITHOUT ROWID): large rows belong in overflow
// pages, not in the primary-key B-tree.
export function migration0009PdfFiles(db: Database): void {
  db.exec(`
    CREATE TABLE pdf_files (
      sha256 TEXT PRIMARY KEY,
      bytes BLOB NOT NULL,
      size INTEGER NOT NULL,
      page_count INTEGER NOT NULL,
      stored_at TEXT NOT NULL
    );
    ALTER TABLE pages ADD COLUMN pdf_sha256 TEXT REFERENCES pdf_files(sha256);
    ALTER TABLE pages ADD COLUMN pdf_page INTEGER;
    CREATE INDEX pages_by_pdf ON pages(pdf_sha256) WHERE pdf_sha256 IS NOT NULL;

    CREATE TRIGGER pages_pdf_release AFTER DELETE ON pages
    WHEN OLD.pdf_sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pages WHERE pdf_sha256 = OLD.pdf_sha256)
    BEGIN
      DELETE FROM pdf_files WHERE sha256 = OLD.pdf_sha256;
    END;
  `);
}
