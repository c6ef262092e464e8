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
  /** The raw line the article starts on: its identity across re-assembly (see page-service.ts). */
  anchorLine: number | null;
  /** Set when a re-assembly merged the article away; null while it is live. */
  retiredAt: string | null;
  /** The engine's suggestions as JSON; null until computed. */
  suggestionsJson: string | null;
}

export type NewArticle = Omit<ArticleRow, 'id' | 'retiredAt'>;
export type ArticleContent = Omit<ArticleRow, 'pageId' | 'ordinal' | 'flagsJson' | 'anchorLine' | 'retiredAt' | 'suggestionsJson'>;

export const articleColumns = `a.id, a.page_id AS pageId, a.ordinal, a.title, a.subtitle, a.byline, a.dateline, a.credit, a.status,
  a.doc_json AS docJson, a.blocks_json AS blocksJson, a.text, a.revision, a.edited_by_hand AS editedByHand,
  a.flags_json AS flagsJson, a.updated_at AS updatedAt, a.anchor_line AS anchorLine, a.retired_at AS retiredAt, a.suggestions_json AS suggestionsJson`;

export function createArticleReads(db: Database) {
  const byId = db.prepare(`SELECT ${articleColumns} FROM articles a WHERE a.id = ?`);
  const ofPage = db.prepare(`SELECT ${articleColumns} FROM articles a WHERE a.page_id = ? ORDER BY a.ordinal, a.id`);
  const liveIdsOfPage = db.prepare('SELECT a.id FROM articles a WHERE a.page_id = ? AND a.retired_at IS NULL ORDER BY a.ordinal, a.id').pluck();
  const count = db.prepare('SELECT count(*) FROM articles WHERE retired_at IS NULL').pluck();
  return {
    get: (id: number) => byId.get(id) as ArticleRow | undefined,
    /** Every record of the page, retired ones included. */
    ofPage: (pageId: number) => ofPage.all(pageId) as ArticleRow[],
    /** The page's live articles in reading order. */
    liveIdsOfPage: (pageId: number) => liveIdsOfPage.all(pageId) as number[],
    count: () => count.get() as number,
  };
}

export function createArticleWrites(db: Database) {
  const insert = db.prepare(`INSERT INTO articles (page_id, ordinal, title, subtitle, byline, dateline, credit, status, doc_json, blocks_json, text, revision, edited_by_hand,
      flags_json, updated_at, anchor_line, suggestions_json)
    VALUES (@pageId, @ordinal, @title, @subtitle, @byline, @dateline, @credit, @status, @docJson, @blocksJson, @text, @revision, @editedByHand,
      @flagsJson, @updatedAt, @anchorLine, @suggestionsJson)`);
  const update = db.prepare(`UPDATE articles SET title = @title, subtitle = @subtitle, byline = @byline, dateline = @dateline, credit = @credit,
    status = @status, doc_json = @docJson, blocks_json = @blocksJson, text = @text, revision = @revision, edited_by_hand = @editedByHand, updated_at = @updatedAt
    WHERE id = @id`);
  const setPlace = db.prepare('UPDATE articles SET ordinal = ?, flags_json = ?, anchor_line = ? WHERE id = ?');
  // Only when the value changes: setting retired_at at all re-indexes the article's text (see migration 0004).
  const retire = db.prepare('UPDATE articles SET retired_at = ? WHERE id = ? AND retired_at IS NULL');
  const revive = db.prepare('UPDATE articles SET retired_at = NULL WHERE id = ? AND retired_at IS NOT NULL');
  const setSuggestions = db.prepare('UPDATE articles SET suggestions_json = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');
  return {
    insert: (article: NewArticle) => Number(insert.run(article).lastInsertRowid),
    update: (content: ArticleContent) => update.run(content).changes,
    /** Places an article on its page, reviving it if a re-assembly had retired it. */
    setPlace(id: number, ordinal: number, flagsJson: string, anchorLine: number | null): void {
      setPlace.run(ordinal, flagsJson, anchorLine, id);
      revive.run(id);
    },
    retire: (id: number, at: string) => retire.run(at, id).changes,
    setSuggestions: (id: number, suggestionsJson: string) => setSuggestions.run(suggestionsJson, id).changes,
    remove: (id: number) => remove.run(id).changes,
  };
}

export type ArticleReads = ReturnType<typeof createArticleReads>;
export type ArticleWrites = ReturnType<typeof createArticleWrites>;
