import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../../core/model/library';

export interface ArticleRow {
  id: number;
  pageId: number;
  ordinal: number;
  title: string;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  status: ArticleStatus;
  docJson: string;
  blocksJson: string;
  text: string;
  revision: number;
  editedByHand: number;
  flagsJson: string;
  updatedAt: string;
}

export type NewArticle = Omit<ArticleRow, 'id'>;
export type ArticleContent = Omit<ArticleRow, 'pageId' | 'ordinal' | 'flagsJson'>;

export const articleColumns = `a.id, a.page_id AS pageId, a.ordinal, a.title, a.subtitle, a.byline, a.dateline, a.credit, a.status,
  a.doc_json AS docJson, a.blocks_json AS blocksJson, a.text, a.revision, a.edited_by_hand AS editedByHand,
  a.flags_json AS flagsJson, a.updated_at AS updatedAt`;

export function createArticleReads(db: Database) {
  const byId = db.prepare(`SELECT ${articleColumns} FROM articles a WHERE a.id = ?`);
  const ofPage = db.prepare(`SELECT ${articleColumns} FROM articles a WHERE a.page_id = ? ORDER BY a.ordinal, a.id`);
  const count = db.prepare('SELECT count(*) FROM articles').pluck();
  return {
    get: (id: number) => byId.get(id) as ArticleRow | undefined,
    ofPage: (pageId: number) => ofPage.all(pageId) as ArticleRow[],
    count: () => count.get() as number,
  };
}

export function createArticleWrites(db: Database) {
  const insert = db.prepare(`INSERT INTO articles (page_id, ordinal, title, subtitle, byline, dateline, credit, status, doc_json, blocks_json, text, revision, edited_by_hand, flags_json, updated_at)
    VALUES (@pageId, @ordinal, @title, @subtitle, @byline, @dateline, @credit, @status, @docJson, @blocksJson, @text, @revision, @editedByHand, @flagsJson, @updatedAt)`);
  const update = db.prepare(`UPDATE articles SET title = @title, subtitle = @subtitle, byline = @byline, dateline = @dateline, credit = @credit,
    status = @status, doc_json = @docJson, blocks_json = @blocksJson, text = @text, revision = @revision, edited_by_hand = @editedByHand, updated_at = @updatedAt
    WHERE id = @id`);
  const setOrdinal = db.prepare('UPDATE articles SET ordinal = ?, flags_json = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');
  return {
    insert: (article: NewArticle) => Number(insert.run(article).lastInsertRowid),
    update: (content: ArticleContent) => update.run(content).changes,
    setPlace: (id: number, ordinal: number, flagsJson: string) => setOrdinal.run(ordinal, flagsJson, id).changes,
    remove: (id: number) => remove.run(id).changes,
  };
}

export type ArticleReads = ReturnType<typeof createArticleReads>;
export type ArticleWrites = ReturnType<typeof createArticleWrites>;
