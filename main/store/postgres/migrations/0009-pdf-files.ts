import type { SqlClient } from '../../sql/sql-client';

// As SQLite's 0009: the original PDFs, stored once each (by SHA-256) in the
// library with the pages read from them, and removed in the transaction that
// removes their last page.
// SQLite's trigger becomes a row trigger. Several people may remove pages at
// once here, so it first locks the PDF's row: two transactions removing the last
// two pages of one PDF then take turns, and the second (whose next statement
// sees the first's removal) deletes the PDF, where both would otherwise see the
// other's page still there and leave the PDF behind. A page being inserted for
// that PDF holds a key-share lock on the row (its foreign-key check), so the PDF
// is not deleted under it either.
export async function migration0009PdfFiles(sql: SqlClient): Promise<void> {
  await sql.exec(`
    CREATE TABLE pdf_files (
      sha256 TEXT COLLATE "C" PRIMARY KEY,
      bytes BYTEA NOT NULL,
      size INTEGER NOT NULL,
      page_count INTEGER NOT NULL,
      stored_at TEXT COLLATE "C" NOT NULL
    );
    ALTER TABLE pages ADD COLUMN pdf_sha256 TEXT COLLATE "C" REFERENCES pdf_files(sha256);
    ALTER TABLE pages ADD COLUMN pdf_page INTEGER;
    CREATE INDEX pages_by_pdf ON pages(pdf_sha256) WHERE pdf_sha256 IS NOT NULL;

    CREATE FUNCTION pages_pdf_release() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM pdf_files WHERE sha256 = OLD.pdf_sha256 FOR UPDATE;
      IF NOT EXISTS (SELECT 1 FROM pages WHERE pdf_sha256 = OLD.pdf_sha256) THEN
        DELETE FROM pdf_files WHERE sha256 = OLD.pdf_sha256;
      END IF;
      RETURN NULL;
    END;
    $$;
    CREATE TRIGGER pages_pdf_release AFTER DELETE ON pages
      FOR EACH ROW WHEN (OLD.pdf_sha256 IS NOT NULL) EXECUTE FUNCTION pages_pdf_release();
  `);
}
