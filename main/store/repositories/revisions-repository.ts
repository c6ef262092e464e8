import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../../core/model/library';

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

export function createRevisionReads(db: Database) {
  const list = db.prepare(`SELECT revision, saved_at AS savedAt, status, title, reason FROM revisions WHERE article_id = ? ORDER BY revision DESC`);
  const one = db.prepare(`SELECT article_id AS articleId, revision, saved_at AS savedAt, reason, status, title, fields_json AS fieldsJson,
    blocks_json AS blocksJson, doc_json AS docJson, text FROM revisions WHERE article_id = ? AND revision = ?`);
  return {
    list: (articleId: number) => list.all(articleId) as Pick<RevisionRow, 'revision' | 'savedAt' | 'status' | 'title' | 'reason'>[],
    get: (articleId: number, revision: number) => one.get(articleId, revision) as RevisionRow | undefined,
  };
}

export function createRevisionWrites(db: Database) {
  const insert = db.prepare(`INSERT INTO revisions (article_id, revision, saved_at, reason, status, title, fields_json, blocks_json, doc_json, text)
    VALUES (@articleId, @revision, @savedAt, @reason, @status, @title, @fieldsJson, @blocksJson, @docJson, @text)`);
  return { insert: (row: RevisionRow) => insert.run(row).changes };
}

export type RevisionReads = ReturnType<typeof createRevisionReads>;
export type RevisionWrites = ReturnType<typeof createRevisionWrites>;
