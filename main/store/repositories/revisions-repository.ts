import type { ArticleStatus } from '../../../core/model/library';
import type { SqlClient } from '../sql/sql-client';

export interface RevisionRow {
  articleId: number;
  revision: number;
  savedAt: string;
  reason: string;
  status: ArticleStatus;
  title: string;
  fieldsJson: string;
  blocksJson: string;
  docJson: string;
  text: string;
  /** Who saved it, on a library that knows (see migration 0010); null otherwise. */
  savedBy: string | null;
}

export function createRevisionReads(sql: SqlClient) {
  return {
    list: (articleId: number) =>
      sql.all<Pick<RevisionRow, 'revision' | 'savedAt' | 'status' | 'title' | 'reason' | 'savedBy'>>(
        'SELECT revision, saved_at AS "savedAt", status, title, reason, saved_by AS "savedBy" FROM revisions WHERE article_id = ? ORDER BY revision DESC',
        [articleId],
      ),
    get: (articleId: number, revision: number) =>
      sql.get<RevisionRow>(
        `SELECT article_id AS "articleId", revision, saved_at AS "savedAt", reason, status, title, fields_json AS "fieldsJson",
          blocks_json AS "blocksJson", doc_json AS "docJson", text, saved_by AS "savedBy" FROM revisions WHERE article_id = ? AND revision = ?`,
        [articleId, revision],
      ),
  };
}

/** `person`: who this store saves as, recorded with each revision that does not name its author (a copied revision keeps its own). */
export function createRevisionWrites(sql: SqlClient, person: string | null = null) {
  return {
    insert: async (row: Omit<RevisionRow, 'savedBy'> & { savedBy?: string | null }) =>
      (
        await sql.run(
          `INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text, saved_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [row.articleId, row.revision, row.savedAt, row.reason, row.status, row.title, row.fieldsJson, row.blocksJson, row.docJson, row.text, row.savedBy === undefined ? person : row.savedBy],
        )
      ).changes,
  };
}

export type RevisionReads = ReturnType<typeof createRevisionReads>;
export type RevisionWrites = ReturnType<typeof createRevisionWrites>;
