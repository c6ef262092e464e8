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
}

export function createRevisionReads(sql: SqlClient) {
  return {
    list: (articleId: number) =>
      sql.all<Pick<RevisionRow, 'revision' | 'savedAt' | 'status' | 'title' | 'reason'>>(
        'SELECT revision, saved_at AS "savedAt", status, title, reason FROM revisions WHERE article_id = ? ORDER BY revision DESC',
        [articleId],
      ),
    get: (articleId: number, revision: number) =>
      sql.get<RevisionRow>(
        `SELECT article_id AS "articleId", revision, saved_at AS "savedAt", reason, status, title, fields_json AS "fieldsJson",
          blocks_json AS "blocksJson", doc_json AS "docJson", text FROM revisions WHERE article_id = ? AND revision = ?`,
        [articleId, revision],
      ),
  };
}

export function createRevisionWrites(sql: SqlClient) {
  return {
    insert: async (row: RevisionRow) =>
      (
        await sql.run(
          `INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [row.articleId, row.revision, row.savedAt, row.reason, row.status, row.title, row.fieldsJson, row.blocksJson, row.docJson, row.text],
        )
      ).changes,
  };
}

export type RevisionReads = ReturnType<typeof createRevisionReads>;
export type RevisionWrites = ReturnType<typeof createRevisionWrites>;
